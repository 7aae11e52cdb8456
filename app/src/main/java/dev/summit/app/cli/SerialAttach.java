package dev.summit.app.cli;

import dev.summit.connectors.console.SerialChannel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code summit console NAME --serial}: joins this process's standard input and output to a guest's
 * text console, as {@code virsh console} does. Ctrl+] (byte 0x1d) in the input leaves, and so does
 * the end of the input (once the guest has been quiet for two seconds, so a script's last command
 * still gets its answer printed); the guest's side ending (it stopped, another client took the console) ends
 * it too. The bytes pass untouched both ways: the terminal, not Summit, interprets the guest's output.
 */
final class SerialAttach {
    /** Ctrl+]: what virsh console leaves on. */
    static final int ESCAPE = 0x1d;

    /**
     * After the input ends, the guest's answer is still printed until it has been quiet this long. One
     * second was too short: an emulated guest on a busy host paused longer than that in the middle of
     * a line of its answer.
     */
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long LINGER_NANOS = 10_000_000_000L;

    /** How the attachment ended. */
    enum Ending { LEFT, INPUT_ENDED, GUEST_ENDED }

    private SerialAttach() {
    }

    static Ending run(SerialChannel channel, InputStream in, OutputStream out) throws InterruptedException {
        CompletableFuture<Ending> ending = new CompletableFuture<>();
        AtomicLong lastOutput = new AtomicLong(System.nanoTime());
        Thread fromGuest = new Thread(() -> {
            copyGuest(channel, out, lastOutput);
            ending.complete(Ending.GUEST_ENDED);
        }, "serial from guest");
        fromGuest.setDaemon(true);
        fromGuest.start();
        // Reading standard input cannot be interrupted: a daemon thread that the end of the run abandons.
        Thread toGuest = new Thread(() -> ending.complete(copyInput(in, channel)), "serial to guest");
        toGuest.setDaemon(true);
        toGuest.start();
        try {
            Ending how = ending.get();
            if (how == Ending.INPUT_ENDED) {
                awaitQuiet(lastOutput, fromGuest);
            }
            return how;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            channel.close();
            fromGuest.join(2_000);
        }
    }

    /** One line on standard error, before and after, so the guest's output on standard out stays clean. */
    static void announce(PrintWriter err, String guestName, SerialChannel channel, boolean terminal) {
        err.print("Connected to the " + channel.console().describe() + " of '" + guestName + "'"
                + (terminal ? "; press Ctrl+] to leave." : "; Ctrl+] or the end of input leaves.") + (terminal ? "\r\n" : "\n"));
        err.flush();
    }

    /** A script's last command gets its answer printed: wait for a pause in the guest's output. */
    private static void awaitQuiet(AtomicLong lastOutput, Thread fromGuest) throws InterruptedException {
        long giveUp = System.nanoTime() + LINGER_NANOS;
        lastOutput.set(System.nanoTime());
        while (fromGuest.isAlive() && System.nanoTime() < giveUp && System.nanoTime() - lastOutput.get() < QUIET_NANOS) {
            Thread.sleep(50);
        }
    }

    private static void copyGuest(SerialChannel channel, OutputStream out, AtomicLong lastOutput) {
        byte[] buffer = new byte[8192];
        try {
            for (int n = channel.input().read(buffer); n >= 0; n = channel.input().read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
                lastOutput.set(System.nanoTime());
            }
        } catch (IOException e) {
            // The console failed or was closed under us: either way the attachment is over.
        }
    }

    private static Ending copyInput(InputStream in, SerialChannel channel) {
        byte[] buffer = new byte[1024];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                int escape = indexOf(buffer, n, ESCAPE);
                channel.output().write(buffer, 0, escape < 0 ? n : escape);
                if (escape >= 0) {
                    return Ending.LEFT;
                }
            }
            return Ending.INPUT_ENDED;
        } catch (IOException e) {
            return Ending.GUEST_ENDED;
        }
    }

    private static int indexOf(byte[] buffer, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
