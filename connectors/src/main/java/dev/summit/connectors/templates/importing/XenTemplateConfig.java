package dev.summit.connectors.templates.importing;

import dev.summit.connectors.xml.XenBoot;
import java.util.List;

/**
 * A parsed and checked {@code vm.cfg}: everything an import needs, with the keys Summit does not
 * translate listed in {@code ignoredKeys} so the user is told rather than surprised.
 *
 * @param bootOrder   xl's {@code boot} letters (c = disk, d = CD-ROM, n = network), HVM only
 */
public record XenTemplateConfig(String name, String uuid, XenSize size, XenBoot boot, String bootOrder,
                                XenDevices devices, XenActions actions, List<String> ignoredKeys) {
    public XenTemplateConfig {
        ignoredKeys = List.copyOf(ignoredKeys);
    }

    public boolean hvm() {
        return boot instanceof XenBoot.Hvm;
    }

    /** The first writable hard disk: the image that becomes the template's system disk. */
    public XenDiskLine systemDisk() {
        return devices.disks().stream().filter(d -> !d.cdrom()).findFirst().orElse(null);
    }
}
