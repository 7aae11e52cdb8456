package dev.summit.app.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The controlling terminal switched to raw mode with {@code stty} while a guest's console is
 * attached: every key (Ctrl+C and Ctrl+Z too) goes to the guest, nothing is echoed twice. Restored
 * on {@link #close()} and, should the JVM be ended otherwise, by a shutdown hook.
 */
final class RawTerminal implements AutoCloseable {
    private static final File TTY = new File("/dev/tty");

    private final String saved;
    private final Thread restoreOnExit;
    private boolean restored;

    private RawTerminal(String saved) {
        this.saved = saved;
        this.restoreOnExit = new Thread(this::restore, "restore terminal");
        Runtime.getRuntime().addShutdownHook(restoreOnExit);
    }

    /** Empty when standard input or output is not a terminal (a pipe, a file): then nothing changes. */
    static Optional<RawTerminal> enterIfInteractive() throws IOException, InterruptedException {
        if (System.console() == null) {
            return Optional.empty();
        }
        String saved = stty("-g").strip();
        stty("raw", "-echo");
        return Optional.of(new RawTerminal(saved));
    }

    @Override
    public void close() {
        restore();
        try {
            Runtime.getRuntime().removeShutdownHook(restoreOnExit);
        } catch (IllegalStateException alreadyExiting) {
            // The hook is running or ran: the terminal is restored either way.
        }
    }

    private synchronized void restore() {
        if (restored) {
            return;
        }
        restored = true;
        try {
            stty(saved);
        } catch (IOException | InterruptedException e) {
            System.err.println("summit: could not restore the terminal (" + e.getMessage() + "); type 'stty sane'");
        }
    }

    private static String stty(String... settings) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new java.util.ArrayList<>(List.of("stty")));
        builder.command().addAll(List.of(settings));
        builder.redirectInput(TTY);
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("stty " + String.join(" ", settings) + " failed");
        }
        return out;
    }
}
