package dev.summit.connectors.snapshots;

import java.util.List;
import java.util.Map;

/**
 * The snapshot Summit will ask libvirt for.
 *
 * @param why        one sentence on why this kind, for the user ("UEFI firmware: internal snapshots cannot hold it")
 * @param overlays   per disk target, the new overlay file (external only)
 * @param excluded   disk targets left out (CD-ROMs, read-only and shared disks)
 * @param memoryFile where the memory goes (external with memory only), else null
 */
public record SnapshotPlan(String name, String description, SnapshotKind kind, String why, Map<String, String> overlays,
                           List<String> excluded, String memoryFile) {
    public SnapshotPlan {
        overlays = Map.copyOf(overlays);
        excluded = List.copyOf(excluded);
    }

    public String xml() {
        return SnapshotXml.createXml(name, description, kind, new java.util.TreeMap<>(overlays), excluded, memoryFile);
    }
}
