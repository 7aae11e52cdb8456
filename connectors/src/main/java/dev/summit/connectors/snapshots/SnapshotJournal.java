package dev.summit.connectors.snapshots;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
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

    private final Path directory;

    /** @param directory Summit's data folder, or a test's own */
    public SnapshotJournal(Path directory) {
        this.directory = directory;
    }

    /** A journal that writes nothing, for callers with no data folder. */
    public static SnapshotJournal none() {
        return new SnapshotJournal(null);
    }

    public void write(Entry entry) {
        if (directory == null) {
            return;
        }
        Properties properties = new Properties();
        properties.setProperty("host", entry.hostUri());
        properties.setProperty("uuid", entry.uuid());
        properties.setProperty("guest", entry.guest());
        properties.setProperty("operation", entry.operation());
        properties.setProperty("snapshot", entry.snapshot());
        properties.setProperty("started", entry.started().toString());
        properties.setProperty("step", entry.step());
        try {
            Files.createDirectories(directory);
            Path file = file(entry.uuid());
            Path temporary = file.resolveSibling(file.getFileName() + ".new");
            try (Writer out = Files.newBufferedWriter(temporary)) {
                properties.store(out, "Summit: a snapshot operation under way");
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Summit could not note the snapshot operation in " + directory, e);
        }
    }

    public void finish(String uuid) {
        if (directory == null) {
            return;
        }
        try {
            Files.deleteIfExists(file(uuid));
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
                Properties properties = new Properties();
                try (Reader in = Files.newBufferedReader(file)) {
                    properties.load(in);
                }
                entries.add(new Entry(properties.getProperty("host", ""), properties.getProperty("uuid", ""),
                        properties.getProperty("guest", ""), properties.getProperty("operation", ""),
                        properties.getProperty("snapshot", ""), Instant.parse(properties.getProperty("started",
                        Instant.EPOCH.toString())), properties.getProperty("step", "")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private Path file(String uuid) {
        return directory.resolve(uuid + SUFFIX);
    }
}
