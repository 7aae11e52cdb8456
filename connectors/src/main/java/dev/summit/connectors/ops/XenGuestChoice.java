package dev.summit.connectors.ops;

import dev.summit.connectors.osinfo.OsEntry;
import dev.summit.connectors.xml.NicChoice;
import dev.summit.connectors.xml.XenBoot;
import dev.summit.connectors.xml.XenGuestSpec;

/**
 * How a new guest boots on a Xen host, from what it installs from: an install ISO needs the emulated
 * PC of HVM; an existing Linux disk runs paravirtualised, its own boot menu read by pygrub; an
 * installer kernel (network install) boots PV directly. Anything else Summit does not know to be PV
 * capable gets HVM, which boots every x86 system.
 */
final class XenGuestChoice {
    private XenGuestChoice() {
    }

    /** @param installerKernel the network install's kernel on the host, or null */
    static XenBoot bootFor(boolean importedDisk, OsEntry os, XenBoot.PvKernel installerKernel) {
        if (installerKernel != null) {
            return installerKernel;
        }
        if (importedDisk && "linux".equals(os.family())) {
            return new XenBoot.PvBootloader(XenBoot.PvBootloader.PYGRUB);
        }
        return new XenBoot.Hvm();
    }

    /** Why the request cannot become a Xen guest, or null when it can. */
    static String problem(NicChoice network, boolean networkBoot) {
        if (networkBoot) {
            return "Booting from the network (PXE) is offered on KVM hosts only; on Xen install from an ISO or a tree.";
        }
        if (network instanceof NicChoice.Network n) {
            return "A Xen guest joins a host bridge (xenbr0, say), not the libvirt network '" + n.name() + "'.";
        }
        return null;
    }

    static XenGuestSpec spec(String name, OsEntry os, long memoryMiB, int vcpus, XenBoot boot, String diskPath,
                             String diskFormat, String isoPath, NicChoice network, String mac) {
        String bridge = network instanceof NicChoice.Bridge b ? b.name() : null;
        return new XenGuestSpec(name, os.isGeneric() ? null : os.id(), memoryMiB, vcpus, boot, diskPath, diskFormat,
                boot instanceof XenBoot.Hvm ? isoPath : null, bridge, bridge == null ? null : mac);
    }
}
