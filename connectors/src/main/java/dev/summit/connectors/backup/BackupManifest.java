package dev.summit.connectors.backup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one finished backup holds, written last into its folder as {@code manifest.json}: a folder
 * without it never counts as a backup.
 *
 * @param parent     the folder name (a sibling) of the backup this incremental one builds on; null for full
 * @param checkpoint the libvirt checkpoint made with this backup, which the next incremental one starts from;
 *                   null when a disk could not hold one (qcow2 v2), so no incremental backup can follow it
 */
public record BackupManifest(String guest, String uuid, Instant time, BackupKind kind, String parent,
                             String checkpoint, List<Disk> disks) {
    public static final String FILE = "manifest.json";
    static final String FORMAT = "summit-backup-1";

    /**
     * @param file        the image in the backup's folder, e.g. {@code vda.qcow2}
     * @param source      the guest's own image the backup was read from
     * @param virtualSize the disk's size as the guest sees it, bytes
     * @param size        the backup image's size on disk, bytes
     */
    public record Disk(String target, String file, String source, long virtualSize, long size) {
    }

    public BackupManifest {
        disks = List.copyOf(disks);
    }

    public long totalSize() {
        return disks.stream().mapToLong(Disk::size).sum();
    }

    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("guest", guest);
        json.put("uuid", uuid);
        json.put("time", time.toString());
        json.put("kind", kind.word());
        json.put("parent", parent);
        json.put("checkpoint", checkpoint);
        json.put("definition", BackupFolder.DEFINITION);
        List<Object> list = new ArrayList<>();
        for (Disk disk : disks) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("target", disk.target());
            d.put("file", disk.file());
            d.put("source", disk.source());
            d.put("virtualSize", disk.virtualSize());
            d.put("size", disk.size());
            list.add(d);
        }
        json.put("disks", list);
        return SmallJson.write(json);
    }

    /** @throws IllegalArgumentException naming what is wrong, for a file that is not a Summit manifest */
    public static BackupManifest parse(String text) {
        if (!(SmallJson.parse(text) instanceof Map<?, ?> json) || !FORMAT.equals(json.get("format"))) {
            throw new IllegalArgumentException("not a Summit backup manifest (" + FORMAT + ")");
        }
        List<Disk> disks = new ArrayList<>();
        if (json.get("disks") instanceof List<?> list) {
            for (Object item : list) {
                Map<?, ?> d = (Map<?, ?>) item;
                disks.add(new Disk(text(d, "target"), text(d, "file"), text(d, "source"),
                        number(d, "virtualSize"), number(d, "size")));
            }
        }
        return new BackupManifest(text(json, "guest"), text(json, "uuid"), Instant.parse(text(json, "time")),
                BackupKind.of(text(json, "kind")), (String) json.get("parent"), (String) json.get("checkpoint"), disks);
    }

    private static String text(Map<?, ?> json, String key) {
        if (!(json.get(key) instanceof String value)) {
            throw new IllegalArgumentException("the manifest lacks \"" + key + "\"");
        }
        return value;
    }

    private static long number(Map<?, ?> json, String key) {
        return json.get(key) instanceof Number n ? n.longValue() : 0;
    }
}
