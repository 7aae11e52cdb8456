package dev.summit.connectors.snapshots;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFlags;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainSnapshot;
import org.libvirt.LibvirtException;

/** Reading a guest's snapshot tree and editing a snapshot's description, on the host's worker. */
public final class Snapshots {
    private Snapshots() {
    }

    public static CompletableFuture<SnapshotTree> list(HostSession host, String uuid, String guestName) {
        return host.submit("list the snapshots of", guestName, conn -> SnapshotTree.read(conn.domainLookupByUUIDString(uuid)));
    }

    public static CompletableFuture<Snapshot> describe(HostSession host, String uuid, String guestName, String name,
                                                       String description) {
        return host.submit("change a snapshot of", guestName, conn -> describe(conn, uuid, name, description));
    }

    /** Redefines the snapshot with the new description; everything else libvirt keeps stays as it was. */
    public static Snapshot describe(Connect conn, String uuid, String name, String description) throws LibvirtException {
        Domain domain = conn.domainLookupByUUIDString(uuid);
        String guest = domain.getName();
        Snapshot before = SnapshotTree.read(domain).find(name).orElseThrow(() -> new SnapshotRefused(guest
                + " has no snapshot called '" + name + "'."));
        DomainSnapshot handle = domain.snapshotLookupByName(name);
        String xml;
        try {
            xml = handle.getXMLDesc(LibvirtFlags.SnapshotXmlDesc.SECURE);
        } finally {
            handle.free();
        }
        domain.snapshotCreateXML(SnapshotXml.withDescription(xml, description), before.current() ? LibvirtFlags.SnapshotCreate.REDEFINE | LibvirtFlags.SnapshotCreate.CURRENT : LibvirtFlags.SnapshotCreate.REDEFINE)
                .free();
        return SnapshotTree.read(domain).find(name).orElseThrow();
    }
}
