package dev.summit.app.hostwindow;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and initialises, on a thread of its own, the classes a host window's first frames need
 * (its tabs, the Overview's graphs, the Storage tab's tables, rows, cells and their skins) before
 * the window is built. In a cold process the FX thread otherwise loads, verifies and initialises
 * about a thousand of them while it builds the window's first frame and its first rows, which
 * stalled it for over half a second. Once per process; a class missing from this build is skipped.
 *
 * <p>The list ({@value #LIST}) is what {@code -Xlog:class+load} showed a cold
 * {@code ./run-benchmarks vol} load between the click and the frame showing 5,000 volumes, less the
 * hidden classes (lambdas), which have no name to load by.
 */
public final class HostWindowClasses {
    static final String LIST = "host-window-classes.txt";
    private static final Logger LOG = LoggerFactory.getLogger(HostWindowClasses.class);
    private static CompletableFuture<Void> loaded;

    private HostWindowClasses() {
    }

    /** Completes once the classes are loaded (at once after the first time); never fails. */
    public static synchronized CompletableFuture<Void> load() {
        if (loaded == null) {
            loaded = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    loadAll();
                } catch (RuntimeException | LinkageError e) {
                    LOG.debug("preloading the host window's classes stopped", e);
                } finally {
                    loaded.complete(null);
                }
            }, "host-window-classes");
            thread.setDaemon(true);
            thread.start();
        }
        return loaded;
    }

    private static void loadAll() {
        long start = System.nanoTime();
        ClassLoader loader = HostWindowClasses.class.getClassLoader();
        List<String> names = names();
        int missing = 0;
        for (String name : names) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                missing++;
            }
        }
        LOG.debug("loaded {} of the host window's {} classes in {} ms", names.size() - missing, names.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static List<String> names() {
        InputStream in = HostWindowClasses.class.getResourceAsStream(LIST);
        if (in == null) {
            return List.of();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
