package dev.summit.connectors.snapshots;

import dev.summit.connectors.ops.NoteFolder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * A note on disk for each revert or delete under way, written before the first change and removed
 * after the last: if Summit or libvirtd dies in between, the next start finds the note and says what
 * was interrupted ({@link SnapshotLeftovers}). One file per guest in Summit's data folder.
 */
public final class SnapshotJournal {
    private static final String SUFFIX = ".snapshot-journal";

    /** One interrupted (or running) snapshot operation; {@code step} is the last one begun. */
    public record Entry(String hostUri, String uuid, String guest, String operation, String snapshot, Instant started,
                        String step) {
    }

    private final NoteFolder notes;

    /** @param directory Summit's data folder, or a test's own */
    public SnapshotJournal(Path directory) {
        this.notes = new NoteFolder(directory, SUFFIX);
    }

    /** A journal that writes nothing, for callers with no data folder. */
    public static SnapshotJournal none() {
        return new SnapshotJournal(null);
    }

    public void write(Entry entry) {
        Properties properties = new Properties();
        properties.setProperty("host", entry.hostUri());
        properties.setProperty("uuid", entry.uuid());
        properties.setProperty("guest", entry.guest());
        properties.setProperty("operation", entry.operation());
        properties.setProperty("snapshot", entry.snapshot());
        properties.setProperty("started", entry.started().toString());
        properties.setProperty("step", entry.step());
        notes.write(entry.uuid(), properties, "Summit: a snapshot operation under way");
    }

    public void finish(String uuid) {
        notes.remove(uuid);
    }

    public List<Entry> pending() {
        return notes.all().stream().map(p -> new Entry(p.getProperty("host", ""), p.getProperty("uuid", ""),
                p.getProperty("guest", ""), p.getProperty("operation", ""), p.getProperty("snapshot", ""),
                Instant.parse(p.getProperty("started", Instant.EPOCH.toString())), p.getProperty("step", ""))).toList();
    }
}
