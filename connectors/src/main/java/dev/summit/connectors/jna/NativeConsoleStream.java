package dev.summit.connectors.jna;

import com.sun.jna.Pointer;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * A guest's text console through {@code virDomainOpenConsole}: a blocking libvirt stream that one
 * thread reads while another writes. {@link #close()} aborts the stream, which ends a blocked read;
 * the native stream is freed only once no read or write is inside libvirt any more.
 */
public final class NativeConsoleStream {
    private final Pointer stream;
    private int callsInside;
    private boolean closed;
    private boolean freed;

    private NativeConsoleStream(Pointer stream) {
        this.stream = stream;
    }

    /**
     * Call on the thread that owns {@code conn} (libvirt's last error is per thread). Takes the
     * console from any other client that holds it, as {@code virsh console --force} does.
     *
     * @param conn    the host's connection; must be a {@link StatsConnect}
     * @param devName the console's alias ("serial0", "console1"), or null for the first one
     */
    public static NativeConsoleStream open(Connect conn, String uuid, String devName) throws LibvirtException {
        Objects.requireNonNull(uuid, "uuid");
        if (!(conn instanceof StatsConnect raw)) {
            throw new IllegalArgumentException("a console stream needs the connection's native handle (StatsConnect)");
        }
        ConsoleStreamLib lib = ConsoleStreamLib.LIB;
        Pointer domain = lib.virDomainLookupByUUIDString(raw.pointer(), uuid);
        if (domain == null) {
            throw NativeErrors.lastError("virDomainLookupByUUIDString");
        }
        try {
            Pointer stream = lib.virStreamNew(raw.pointer(), 0);
            if (stream == null) {
                throw NativeErrors.lastError("virStreamNew");
            }
            if (lib.virDomainOpenConsole(domain, devName, stream, ConsoleStreamLib.CONSOLE_FORCE) < 0) {
                LibvirtException failure = NativeErrors.lastError("virDomainOpenConsole");
                lib.virStreamFree(stream);
                throw failure;
            }
            return new NativeConsoleStream(stream);
        } finally {
            lib.virDomainFree(domain);
        }
    }

    /** Blocks until the guest writes; -1 at the end of the stream or after {@link #close()}. */
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!enter()) {
            return -1;
        }
        int n;
        byte[] chunk = offset == 0 ? buffer : new byte[length];
        try {
            n = ConsoleStreamLib.LIB.virStreamRecv(stream, chunk, length);
            if (n < 0 && !isClosed()) {
                throw new IOException(NativeErrors.lastError("virStreamRecv").getMessage());
            }
        } finally {
            leave();
        }
        if (n <= 0) {
            return -1;
        }
        if (chunk != buffer) {
            System.arraycopy(chunk, 0, buffer, offset, n);
        }
        return n;
    }

    /** Sends every byte, or fails saying the console is gone. */
    public void write(byte[] data, int offset, int length) throws IOException {
        byte[] rest = Arrays.copyOfRange(data, offset, offset + length);
        while (rest.length > 0) {
            if (!enter()) {
                throw new IOException("the console is closed");
            }
            int taken;
            try {
                taken = ConsoleStreamLib.LIB.virStreamSend(stream, rest, rest.length);
                if (taken < 0) {
                    throw new IOException(NativeErrors.lastError("virStreamSend").getMessage());
                }
            } finally {
                leave();
            }
            rest = Arrays.copyOfRange(rest, taken, rest.length);
        }
    }

    /** Any thread, any number of times. */
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        // Outside the lock: the abort is what makes a reader blocked in virStreamRecv return.
        ConsoleStreamLib.LIB.virStreamAbort(stream);
        freeIfIdle();
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    private synchronized boolean enter() {
        if (closed) {
            return false;
        }
        callsInside++;
        return true;
    }

    private void leave() {
        synchronized (this) {
            callsInside--;
        }
        freeIfIdle();
    }

    private void freeIfIdle() {
        synchronized (this) {
            if (!closed || callsInside > 0 || freed) {
                return;
            }
            freed = true;
        }
        ConsoleStreamLib.LIB.virStreamFree(stream);
    }
}
