package dev.summit.connectors.ops;

import dev.summit.connectors.xml.DomainDisk;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides which disks are a guest's own. Anything that might be someone else's data stays: install
 * media, read-only and shareable disks, network disks, and any image another guest uses directly or
 * as a backing file. This is the rule {@code virsh undefine --remove-all-storage} lacks (it deletes
 * the attached ISO).
 */
public final class DiskOwnership {
    private DiskOwnership() {
    }

    /**
     * @param disks  the guest's disks
     * @param others every other guest's disks, by guest name
     */
    public static List<DiskDecision> decide(List<DomainDisk> disks, Map<String, List<DomainDisk>> others) {
        List<DiskDecision> decisions = new ArrayList<>();
        for (DomainDisk disk : disks) {
            if (disk.source() == null) {
                continue;
            }
            decisions.add(new DiskDecision(disk.target(), disk.source(), keepReason(disk, others) == null,
                    orOwn(keepReason(disk, others))));
        }
        return decisions;
    }

    private static String keepReason(DomainDisk disk, Map<String, List<DomainDisk>> others) {
        if (!"disk".equals(disk.device())) {
            return "kept: " + disk.device() + " (install media is never deleted)";
        }
        if (disk.source().toLowerCase(Locale.ROOT).endsWith(".iso")) {
            return "kept: an ISO image";
        }
        if (disk.readOnly()) {
            return "kept: read-only";
        }
        if (disk.shareable()) {
            return "kept: shareable between guests";
        }
        if ("network".equals(disk.type()) || "dir".equals(disk.type())) {
            return "kept: " + disk.type() + " storage is not the guest's own";
        }
        for (Map.Entry<String, List<DomainDisk>> other : others.entrySet()) {
            for (DomainDisk theirs : other.getValue()) {
                if (disk.source().equals(theirs.source())) {
                    return "kept: also used by '" + other.getKey() + "'";
                }
                if (theirs.backingFiles().contains(disk.source())) {
                    return "kept: backing image of '" + other.getKey() + "'";
                }
            }
        }
        return null;
    }

    private static String orOwn(String keepReason) {
        return keepReason == null ? "deleted with the guest" : keepReason;
    }
}
