package dev.summit.connectors.ops;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Notes that must outlive the process writing them (an operation under way, for the next start to
 * find if Summit dies): one small properties file per key in a folder, each replaced atomically so
 * a note is never read half-written. A folder of null keeps nothing.
 */
public final class NoteFolder {
    private final Path directory;
    private final String suffix;

    /** @param suffix the notes' file name ending, e.g. ".backup-journal" */
    public NoteFolder(Path directory, String suffix) {
        this.directory = directory;
        this.suffix = suffix;
    }

    public void write(String key, Properties note, String comment) {
        if (directory == null) {
            return;
        }
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(key + suffix);
            Path temporary = file.resolveSibling(file.getFileName() + ".new");
            try (Writer out = Files.newBufferedWriter(temporary)) {
                note.store(out, comment);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Summit could not write its note in " + directory, e);
        }
    }

    public void remove(String key) {
        if (directory == null) {
            return;
        }
        try {
            Files.deleteIfExists(directory.resolve(key + suffix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Properties> all() {
        List<Properties> notes = new ArrayList<>();
        if (directory == null || !Files.isDirectory(directory)) {
            return notes;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + suffix)) {
            for (Path file : files) {
                Properties note = new Properties();
                try (Reader in = Files.newBufferedReader(file)) {
                    note.load(in);
                }
                notes.add(note);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return notes;
    }
}
