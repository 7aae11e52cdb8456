package dev.summit.connectors.snapshots;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the kind of snapshot for the user: internal for qcow2 disks on BIOS guests (one file,
 * revert and delete need nothing else); external where internal cannot work (UEFI firmware in
 * pflash, raw disks) or when asked. One guest keeps one kind: libvirt can neither revert nor
 * delete across a chain that mixes the two (virt-manager users lost data that way).
 */
public final class SnapshotPlanner {
    static final int MAX_NAME = 100;
    private static final DateTimeFormatter DEFAULT_NAME = DateTimeFormatter.ofPattern("'snapshot-'yyyyMMdd-HHmmss");

    private SnapshotPlanner() {
    }

    /**
     * @param domainXml the guest's live definition when running, else its persistent one
     * @param running   running or paused: a snapshot may hold its memory
     */
    public static SnapshotPlan plan(SnapshotRequest request, String guestName, String domainXml, boolean running,
                                    SnapshotTree existing, LocalDateTime now) {
        String name = request.name().isEmpty() ? now.format(DEFAULT_NAME) : request.name();
        checkName(name, existing);
        List<DomainXml.Disk> disks = DomainXml.disks(domainXml);
        List<DomainXml.Disk> snapshotted = disks.stream().filter(DomainXml.Disk::isWritableDisk).toList();
        List<String> excluded = disks.stream().filter(d -> !d.isWritableDisk()).map(DomainXml.Disk::target).toList();
        if (snapshotted.isEmpty()) {
            throw new SnapshotRefused(guestName + " has no writable disk to snapshot.");
        }
        String internalBlocker = internalBlocker(domainXml, snapshotted);
        boolean wantExternal = request.external() || request.diskOnly();
        if (!wantExternal && internalBlocker == null && !existing.hasExternal()) {
            return new SnapshotPlan(name, request.description(), SnapshotKind.INTERNAL,
                    "qcow2 disks on BIOS firmware: an internal snapshot, kept inside the disk files",
                    Map.of(), excluded, null);
        }
        if (existing.hasInternal()) {
            throw new SnapshotRefused(guestName + " already has internal snapshots; libvirt cannot revert or delete across"
                    + " a chain that mixes internal and external ones, so Summit takes no external snapshot of it"
                    + (internalBlocker == null ? "" : " (and " + internalBlocker + ", so no internal one either)")
                    + ". Delete its internal snapshots first.");
        }
        for (DomainXml.Disk disk : snapshotted) {
            if (disk.file() == null) {
                throw new SnapshotRefused(disk.target() + " of " + guestName + " is not a plain file; Summit puts external"
                        + " snapshot overlays only beside file disks.");
            }
        }
        SnapshotKind kind = running && !request.diskOnly() ? SnapshotKind.EXTERNAL_WITH_MEMORY : SnapshotKind.EXTERNAL_DISK_ONLY;
        String why = request.external() || request.diskOnly() ? "external, as asked"
                : internalBlocker != null ? "external: " + internalBlocker
                : "external, like the snapshots it already has";
        Map<String, String> overlays = new LinkedHashMap<>();
        String safe = fileSafe(name);
        for (DomainXml.Disk disk : snapshotted) {
            overlays.put(disk.target(), stem(disk.file()) + "." + safe + "." + disk.target() + ".qcow2");
        }
        String memory = kind == SnapshotKind.EXTERNAL_WITH_MEMORY
                ? directory(snapshotted.get(0).file()) + fileSafe(guestName) + "." + safe + ".mem" : null;
        return new SnapshotPlan(name, request.description(), kind, why, overlays, excluded, memory);
    }

    /** Why an internal snapshot cannot work for this guest, or null when it can. */
    static String internalBlocker(String domainXml, List<DomainXml.Disk> snapshotted) {
        if (DomainXml.usesUefi(domainXml)) {
            return "UEFI firmware keeps its variables in pflash, which an internal snapshot cannot hold";
        }
        List<String> notQcow2 = new ArrayList<>();
        for (DomainXml.Disk disk : snapshotted) {
            if (!"qcow2".equals(disk.format())) {
                notQcow2.add(disk.target() + " is " + (disk.format().isEmpty() ? "raw" : disk.format()));
            }
        }
        return notQcow2.isEmpty() ? null : String.join(", ", notQcow2) + ": only qcow2 disks hold internal snapshots";
    }

    /** Names are free text (quotes and angle brackets included); these few would break files or libvirt. */
    static void checkName(String name, SnapshotTree existing) {
        if (name.length() > MAX_NAME) {
            throw new SnapshotRefused("A snapshot name can be at most " + MAX_NAME + " characters long.");
        }
        if (name.contains("/")) {
            throw new SnapshotRefused("A snapshot name cannot contain '/'.");
        }
        if (name.startsWith(".")) {
            throw new SnapshotRefused("A snapshot name cannot start with '.'.");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new SnapshotRefused("A snapshot name cannot contain line breaks or other control characters.");
        }
        if (existing.find(name).isPresent()) {
            throw new SnapshotRefused("There is already a snapshot called '" + name + "'; choose another name.");
        }
    }

    /** A name as part of a file name: letters, digits, '.', '_' and '-' kept, anything else '_'. */
    static String fileSafe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The path up to the file name's first dot: a second snapshot's overlay is named after the disk, not the first overlay. */
    private static String stem(String file) {
        int slash = file.lastIndexOf('/');
        int dot = file.indexOf('.', slash + 2);
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static String directory(String file) {
        return file.substring(0, file.lastIndexOf('/') + 1);
    }
}
