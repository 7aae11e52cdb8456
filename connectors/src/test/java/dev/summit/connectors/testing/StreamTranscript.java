package dev.summit.connectors.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Collects what a stream says on a thread of its own, so a test can wait for a line to appear. */
public final class StreamTranscript {
    private final StringBuilder text = new StringBuilder();
    private boolean ended;

    private StreamTranscript() {
    }

    public static StreamTranscript of(InputStream in, String name) {
        StreamTranscript transcript = new StreamTranscript();
        Thread reader = new Thread(() -> transcript.drain(in), "transcript " + name);
        reader.setDaemon(true);
        reader.start();
        return transcript;
    }

    private void drain(InputStream in) {
        byte[] buffer = new byte[4096];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (this) {
                    text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                    notifyAll();
                }
            }
        } catch (IOException e) {
            synchronized (this) {
                text.append("\n[read failed: ").append(e.getMessage()).append("]");
            }
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    /** Everything so far. */
    public synchronized String text() {
        return text.toString();
    }

    public synchronized boolean ended() {
        return ended;
    }

    /** Waits until {@code wanted} has appeared after character {@code from}; returns where it ends. */
    public synchronized int await(String wanted, int from, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            int at = text.indexOf(wanted, from);
            if (at >= 0) {
                return at + wanted.length();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || ended) {
                throw new AssertionError("no '" + wanted + "' within " + timeout + (ended ? " (the stream ended)" : "")
                        + "; the stream said:\n" + text);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /**
     * Presses Enter (a carriage return into {@code keys}) every few seconds until a shell prompt
     * ("# ") shows; returns where it ends. The shell may have printed its prompt before we listened.
     */
    public int awaitPrompt(java.io.OutputStream keys, Duration timeout) throws java.io.IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int from = text().length();
        while (true) {
            keys.write('\r');
            keys.flush();
            try {
                return await("# ", from, Duration.ofSeconds(3));
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
        }
    }

    /** Waits until the stream ends. */
    public synchronized void awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ended) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the stream did not end within " + timeout + "; it said:\n" + text);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
