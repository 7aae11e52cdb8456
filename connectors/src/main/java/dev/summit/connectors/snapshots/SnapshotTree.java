package dev.summit.connectors.snapshots;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.libvirt.Domain;
import org.libvirt.DomainSnapshot;
import org.libvirt.LibvirtException;

/** A guest's snapshots, oldest first, each knowing its parent; the current one marked. */
public record SnapshotTree(List<Snapshot> snapshots) {
    public SnapshotTree {
        snapshots = List.copyOf(snapshots);
    }

    /** Reads every snapshot of the guest; call on the host's worker. */
    public static SnapshotTree read(Domain domain) throws LibvirtException {
        String current = null;
        if (domain.hasCurrentSnapshot() == 1) {
            DomainSnapshot snapshot = domain.snapshotCurrent();
            try {
                current = SnapshotXml.parse(snapshot.getXMLDesc(), true).name();
            } finally {
                snapshot.free();
            }
        }
        List<Snapshot> all = new ArrayList<>();
        for (String name : domain.snapshotListNames()) {
            DomainSnapshot snapshot = domain.snapshotLookupByName(name);
            try {
                all.add(SnapshotXml.parse(snapshot.getXMLDesc(), name.equals(current)));
            } finally {
                snapshot.free();
            }
        }
        all.sort(Comparator.comparing(Snapshot::created).thenComparing(Snapshot::name));
        return new SnapshotTree(all);
    }

    public Optional<Snapshot> find(String name) {
        return snapshots.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<Snapshot> current() {
        return snapshots.stream().filter(Snapshot::current).findFirst();
    }

    public List<Snapshot> roots() {
        return snapshots.stream().filter(s -> s.parent() == null || find(s.parent()).isEmpty()).toList();
    }

    public List<Snapshot> children(String name) {
        return snapshots.stream().filter(s -> name.equals(s.parent())).toList();
    }

    /** The snapshot's descendants, deepest first: the order they can be deleted in. */
    public List<Snapshot> descendantsLeavesFirst(String name) {
        List<Snapshot> order = new ArrayList<>();
        for (Snapshot child : children(name)) {
            order.addAll(descendantsLeavesFirst(child.name()));
            order.add(child);
        }
        return order;
    }

    public boolean hasExternal() {
        return snapshots.stream().anyMatch(s -> s.kind().external());
    }

    public boolean hasInternal() {
        return snapshots.stream().anyMatch(s -> s.kind() == SnapshotKind.INTERNAL);
    }
}
