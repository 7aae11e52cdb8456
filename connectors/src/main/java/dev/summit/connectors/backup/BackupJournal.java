package dev.summit.connectors.backup;

import dev.summit.connectors.ops.NoteFolder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * A note in Summit's data folder for each backup job under way, written before the job starts and
 * removed once it has ended and been cleaned up: if Summit or libvirtd dies in between, the next
 * start finds the note without being told which folder to look in ({@link BackupLeftovers}). One
 * note per guest: libvirt runs one job per guest at a time.
 */
public final class BackupJournal {
    /** A backup job that was started and not seen to end; {@code checkpoint} is null when it made none. */
    public record Entry(String hostUri, String uuid, String guest, Path folder, String checkpoint, Instant started) {
    }

    private final NoteFolder notes;

    /** @param directory where the notes go: a folder in Summit's data folder, or a test's own */
    public BackupJournal(Path directory) {
        this.notes = new NoteFolder(directory, ".backup-journal");
    }

    /** A journal that keeps nothing, for callers without a data folder. */
    public static BackupJournal none() {
        return new BackupJournal(null);
    }

    /** {@code backup-journal} in Summit's data folder. */
    public static BackupJournal in(Path dataFolder) {
        return new BackupJournal(dataFolder.resolve("backup-journal"));
    }

    public void write(Entry entry) {
        Properties note = new Properties();
        note.setProperty("host", entry.hostUri());
        note.setProperty("uuid", entry.uuid());
        note.setProperty("guest", entry.guest());
        note.setProperty("folder", entry.folder().toString());
        if (entry.checkpoint() != null) {
            note.setProperty("checkpoint", entry.checkpoint());
        }
        note.setProperty("started", entry.started().toString());
        notes.write(entry.uuid(), note, "Summit: a backup job under way");
    }

    public void finish(String uuid) {
        notes.remove(uuid);
    }

    public List<Entry> pending() {
        return notes.all().stream().map(note -> new Entry(note.getProperty("host", ""), note.getProperty("uuid", ""),
                note.getProperty("guest", ""), Path.of(note.getProperty("folder", "")), note.getProperty("checkpoint"),
                Instant.parse(note.getProperty("started", Instant.EPOCH.toString())))).toList();
    }
}
