package dev.summit.connectors.templates.importing;

import java.util.List;

/**
 * vm.cfg's disks, network cards and VNC display.
 *
 * @param vncListen   null when the guest has no VNC display
 * @param vncPassword null when the display has none
 */
public record XenDevices(List<XenDiskLine> disks, List<XenNicLine> nics, String vncListen, String vncPassword) {
    public XenDevices {
        disks = List.copyOf(disks);
        nics = List.copyOf(nics);
    }
}
