package dev.summit.connectors.jna;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loading done ahead of use on a daemon thread of its own (libvirt, a binding, classes a verb will
 * need), while the caller does other work on the other core. A failure here is only logged: the use
 * that follows meets the same failure and reports it in its own words.
 */
public final class LoadAhead {
    private static final Logger LOG = LoggerFactory.getLogger(LoadAhead.class);

    /** What is loaded; may throw anything a class's loading or linking throws. */
    @FunctionalInterface
    public interface Loading {
        void load() throws Exception;
    }

    private LoadAhead() {
    }

    /** Starts {@code loading} on a daemon thread called {@code what}; returns at once. */
    public static void start(String what, Loading loading) {
        Thread thread = new Thread(() -> {
            try {
                loading.load();
            } catch (Exception | LinkageError e) {
                LOG.debug("{} ahead failed: {}", what, e.toString());
            }
        }, what);
        thread.setDaemon(true);
        thread.start();
    }
}
