package dev.summit.connectors.ops;

import dev.summit.connectors.osinfo.OsEntry;
import dev.summit.connectors.xml.GuestMedia;
import dev.summit.connectors.xml.GuestNic;
import dev.summit.connectors.xml.GuestSize;
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

    static XenGuestSpec spec(String name, OsEntry os, GuestSize size, XenBoot boot, GuestMedia media, GuestNic nic) {
        String bridge = nic.choice() instanceof NicChoice.Bridge b ? b.name() : null;
        GuestMedia booted = boot instanceof XenBoot.Hvm ? media : new GuestMedia(media.diskPath(), media.diskFormat(), null);
        return new XenGuestSpec(name, os.isGeneric() ? null : os.id(), size, boot, booted, bridge,
                bridge == null ? null : nic.mac());
    }
}
