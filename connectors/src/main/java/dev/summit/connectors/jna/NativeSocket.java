package dev.summit.connectors.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A connected socket descriptor that Java owns, as streams. {@link #close()} shuts the socket down
 * first, which wakes a reader blocked in read(2); the descriptor itself is closed only once no
 * read or write is still inside the kernel, so its number can never be reused under them.
 */
public final class NativeSocket implements Closeable {
    private static final int CHUNK = 64 * 1024;

    private final int fd;
    private final Object lock = new Object();
    // Guarded by lock.
    private int callsInside;
    private boolean closed;
    private boolean released;

    private final InputStream input = new Input();
    private final OutputStream output = new Output();

    private NativeSocket(int fd) {
        this.fd = fd;
    }

    /** Takes ownership of {@code fd} and makes it blocking, which the streams rely on. */
    static NativeSocket adopt(int fd) {
        try {
            int flags = Libc.LIB.fcntl(fd, Libc.F_GETFL, 0);
            if ((flags & Libc.O_NONBLOCK) != 0) {
                Libc.LIB.fcntl(fd, Libc.F_SETFL, flags & ~Libc.O_NONBLOCK);
            }
        } catch (LastErrorException e) {
            Libc.LIB.close(fd);
            throw new IllegalStateException("libvirt handed over an unusable descriptor (errno " + e.getErrorCode() + ")", e);
        }
        return new NativeSocket(fd);
    }

    public InputStream input() {
        return input;
    }

    public OutputStream output() {
        return output;
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                Libc.LIB.shutdown(fd, Libc.SHUT_RDWR);
            } catch (LastErrorException e) {
                // Already disconnected by the peer: nothing left to wake.
            }
            releaseIfIdle();
        }
    }

    private boolean enter() {
        synchronized (lock) {
            if (closed) {
                return false;
            }
            callsInside++;
            return true;
        }
    }

    private void leave() {
        synchronized (lock) {
            callsInside--;
            releaseIfIdle();
        }
    }

    private void releaseIfIdle() {
        if (closed && callsInside == 0 && !released) {
            released = true;
            try {
                Libc.LIB.close(fd);
            } catch (LastErrorException e) {
                // Nothing to do: the descriptor is gone either way.
            }
        }
    }

    private final class Input extends InputStream {
        private final Memory buffer = new Memory(CHUNK);

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            if (!enter()) {
                return -1;
            }
            try {
                while (true) {
                    try {
                        int n = Libc.LIB.read(fd, buffer, new NativeLong(Math.min(len, CHUNK))).intValue();
                        if (n == 0) {
                            return -1;
                        }
                        buffer.read(0, b, off, n);
                        return n;
                    } catch (LastErrorException e) {
                        if (e.getErrorCode() != Libc.EINTR) {
                            throw new IOException("reading the console socket failed (errno " + e.getErrorCode() + ")", e);
                        }
                    }
                }
            } finally {
                leave();
            }
        }

        @Override
        public void close() {
            NativeSocket.this.close();
        }
    }

    private final class Output extends OutputStream {
        private final Memory buffer = new Memory(CHUNK);

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (!enter()) {
                throw new IOException("the console socket is closed");
            }
            try {
                while (len > 0) {
                    int chunk = Math.min(len, CHUNK);
                    buffer.write(0, b, off, chunk);
                    int sent = sendAll(chunk);
                    off += sent;
                    len -= sent;
                }
            } finally {
                leave();
            }
        }

        private int sendAll(int chunk) throws IOException {
            int done = 0;
            while (done < chunk) {
                try {
                    done += Libc.LIB.send(fd, buffer.share(done), new NativeLong(chunk - done), Libc.MSG_NOSIGNAL).intValue();
                } catch (LastErrorException e) {
                    if (e.getErrorCode() != Libc.EINTR) {
                        throw new IOException("writing to the console socket failed (errno " + e.getErrorCode() + ")", e);
                    }
                }
            }
            return done;
        }

        @Override
        public void close() {
            NativeSocket.this.close();
        }
    }
}
