package dev.summit.connectors.xml;

import java.util.Objects;

/**
 * A new Xen guest. Xen cannot run on the machines Summit is tested on, so its XML is proven with
 * {@code virt-xml-validate} only.
 *
 * @param media  its isoPath is for HVM only (a PV guest has no emulated CD-ROM to boot)
 * @param bridge the host bridge the guest's card joins (Xen has no libvirt NAT network), null for none
 */
public record XenGuestSpec(String name, String osId, GuestSize size, XenBoot boot, GuestMedia media, String bridge,
                           String mac) {
    public XenGuestSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(boot, "boot");
    }
}
