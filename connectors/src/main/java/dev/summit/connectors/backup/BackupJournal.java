package dev.summit.connectors.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A note in Summit's data folder for each backup job under way, written before the job starts and
 * removed once it has ended and been cleaned up: if Summit or libvirtd dies in between, the next
 * start finds the note without being told which folder to look in ({@link BackupLeftovers}). One
 * file per guest: libvirt runs one job per guest at a time.
 */
public final class BackupJournal {
    private static final String SUFFIX = ".backup-journal";

    /** A backup job that was started and not seen to end; {@code checkpoint} is null when it made none. */
    public record Entry(String hostUri, String uuid, String guest, Path folder, String checkpoint, Instant started) {
    }

    private final Path directory;

    /** @param directory where the notes go: a folder in Summit's data folder, or a test's own */
    public BackupJournal(Path directory) {
        this.directory = directory;
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
        if (directory == null) {
            return;
        }
        Properties note = new Properties();
        note.setProperty("host", entry.hostUri());
        note.setProperty("uuid", entry.uuid());
        note.setProperty("guest", entry.guest());
        note.setProperty("folder", entry.folder().toString());
        if (entry.checkpoint() != null) {
            note.setProperty("checkpoint", entry.checkpoint());
        }
        note.setProperty("started", entry.started().toString());
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(entry.uuid() + SUFFIX);
            Path temporary = file.resolveSibling(file.getFileName() + ".new");
            try (Writer out = Files.newBufferedWriter(temporary)) {
                note.store(out, "Summit: a backup job under way");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Summit could not note the backup in " + directory, e);
        }
    }

    public void finish(String uuid) {
        if (directory == null) {
            return;
        }
        try {
            Files.deleteIfExists(directory.resolve(uuid + SUFFIX));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Entry> pending() {
        List<Entry> entries = new ArrayList<>();
        if (directory == null || !Files.isDirectory(directory)) {
            return entries;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                Properties note = new Properties();
                try (Reader in = Files.newBufferedReader(file)) {
                    note.load(in);
                }
                entries.add(new Entry(note.getProperty("host", ""), note.getProperty("uuid", ""),
                        note.getProperty("guest", ""), Path.of(note.getProperty("folder", "")),
                        note.getProperty("checkpoint"), Instant.parse(note.getProperty("started", Instant.EPOCH.toString()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
