package dev.summit.connectors.templates.importing;

import java.nio.file.Path;

/**
 * One entry of {@code disk = [...]}: {@code file:/path,xvda,w}, {@code phy:/dev/vg/lv,xvdb,w},
 * {@code tap:aio:/path,xvda,w}, or {@code ...,hdc:cdrom,r}.
 *
 * @param image  where the image is on this machine (an Oracle VM path is looked up beside vm.cfg)
 * @param target the guest's device name without {@code :cdrom}
 */
public record XenDiskLine(String access, Path image, String target, boolean cdrom, boolean writable, int line) {
}
