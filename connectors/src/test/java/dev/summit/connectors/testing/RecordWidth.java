package dev.summit.connectors.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds records with more positional components than a reader can match to their arguments: a call
 * of {@code new X(a, b, 0, 0, false, true, ...)} says nothing about which value is which. Beyond
 * {@link #MOST}, group components into small named records, a set of options, or a builder.
 */
public final class RecordWidth {
    public static final int MOST = 8;

    private RecordWidth() {
    }

    /** "Name has N components" for every too-wide record compiled into the folder holding {@code anchor}. */
    public static List<String> tooWide(Class<?> anchor) {
        try (Stream<Path> files = Files.walk(folderOf(anchor))) {
            Path root = folderOf(anchor);
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> load(anchor, root.relativize(f).toString().replace(".class", "").replace('/', '.')))
                    .filter(c -> c.isRecord() && c.getRecordComponents().length > MOST)
                    .map(c -> c.getName() + " has " + c.getRecordComponents().length + " components").sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folderOf(Class<?> anchor) {
        try {
            return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(Class<?> anchor, String name) {
        try {
            return Class.forName(name, false, anchor.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
