package dev.summit.app.guest.serial;

import com.techsenger.jeditermfx.core.TtyConnector;
import dev.summit.connectors.console.SerialChannel;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's one connection for the life of the window: it reads from whichever console
 * channel is attached now and, when that channel ends (the guest stopped, another client took the
 * console), says so in the terminal and waits for the next one, so the scrollback is kept across
 * reboots. What the user types while no channel is attached is dropped. Only {@link #close()} ends it.
 */
final class SerialLink implements TtyConnector {
    private static final Logger LOG = LoggerFactory.getLogger(SerialLink.class);

    private final String name;
    private final Runnable ended;
    private SerialChannel channel;
    private Reader reader;
    private String notice = "";
    private boolean closed;

    /** @param ended told (on the terminal's reading thread) each time an attached channel ends */
    SerialLink(String name, Runnable ended) {
        this.name = name;
        this.ended = ended;
    }

    /** Replaces the current channel, closing it. */
    synchronized void attach(SerialChannel next) {
        if (closed) {
            next.close();
            return;
        }
        if (channel != null) {
            channel.close();
        }
        channel = next;
        reader = new InputStreamReader(next.input(), StandardCharsets.UTF_8);
        notifyAll();
    }

    /** Shown in the terminal on a line of its own, before whatever the guest says next. */
    synchronized void say(String line) {
        notice += "\r\n\u001b[2m[" + line + "]\u001b[0m\r\n";
        notifyAll();
    }

    synchronized boolean attached() {
        return channel != null && !channel.isClosed();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (true) {
            Reader current;
            SerialChannel from;
            synchronized (this) {
                while (!closed && notice.isEmpty() && channel == null) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return -1;
                    }
                }
                if (closed) {
                    return -1;
                }
                if (!notice.isEmpty()) {
                    int n = Math.min(length, notice.length());
                    notice.getChars(0, n, buffer, offset);
                    notice = notice.substring(n);
                    return n;
                }
                current = reader;
                from = channel;
            }
            int n = readQuietly(current, buffer, offset, length);
            if (n > 0) {
                return n;
            }
            synchronized (this) {
                if (channel == from) {
                    channel = null;
                    reader = null;
                    from.close();
                } else {
                    continue;
                }
            }
            ended.run();
        }
    }

    private static int readQuietly(Reader reader, char[] buffer, int offset, int length) {
        try {
            return reader.read(buffer, offset, length);
        } catch (IOException e) {
            LOG.debug("serial console read ended: {}", e.getMessage());
            return -1;
        }
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        SerialChannel now;
        synchronized (this) {
            now = channel;
        }
        if (now == null) {
            return;
        }
        try {
            now.output().write(bytes);
        } catch (IOException e) {
            // The reader sees the same end and says so; typing into a gone console is not an error to show twice.
            LOG.debug("serial console write failed: {}", e.getMessage());
        }
    }

    @Override
    public void write(String text) throws IOException {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized boolean isConnected() {
        return !closed;
    }

    @Override
    public int waitFor() throws InterruptedException {
        synchronized (this) {
            while (!closed) {
                wait();
            }
        }
        return 0;
    }

    @Override
    public synchronized boolean ready() throws IOException {
        return !notice.isEmpty() || (reader != null && reader.ready());
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void close() {
        SerialChannel last;
        synchronized (this) {
            closed = true;
            last = channel;
            channel = null;
            notifyAll();
        }
        if (last != null) {
            last.close();
        }
    }
}
