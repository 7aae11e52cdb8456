package dev.summit.connectors.console;

import dev.summit.connectors.xml.VncDisplay;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open byte pipe to a guest's VNC server, however it travels; the console speaks RFB over it.
 * {@link #close()} wakes a reader blocked on {@link #input()} and may be called from any thread,
 * any number of times.
 */
public final class ConsoleChannel implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleChannel.class);

    private final ConsoleTarget target;
    private final ConsoleRoute route;
    private final String description;
    private final VncDisplay display;
    private final InputStream input;
    private final OutputStream output;
    private final Closeable resource;
    private final AtomicBoolean closed = new AtomicBoolean();

    ConsoleChannel(ConsoleTarget target, ConsoleRoute route, String description, VncDisplay display,
                   InputStream input, OutputStream output, Closeable resource) {
        this.target = target;
        this.route = route;
        this.description = description;
        this.display = display;
        this.input = input;
        this.output = output;
        this.resource = resource;
    }

    public InputStream input() {
        return input;
    }

    /** Unbuffered: each write goes out at once. */
    public OutputStream output() {
        return output;
    }

    /** For the status line: "libvirt descriptor", "UNIX socket /run/…", "TCP 127.0.0.1:5901", "SSH tunnel via root@kvm2". */
    public String description() {
        return description;
    }

    public ConsoleRoute route() {
        return route;
    }

    /** The guest and host, to open the console again after a reboot or a migration. */
    public ConsoleTarget target() {
        return target;
    }

    /** The display as it was when the channel opened. */
    public VncDisplay display() {
        return display;
    }

    /**
     * Whether the server will ask for the VNC password: it has one, and this route did not let
     * libvirt waive it (only a descriptor does).
     */
    public boolean vncPasswordExpected() {
        return display.passwordSet() && route != ConsoleRoute.DESCRIPTOR;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                resource.close();
            } catch (IOException | RuntimeException e) {
                LOG.debug("closing the console of {} ({}): {}", target.guestName(), description, e.getMessage());
            }
        }
    }

    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public String toString() {
        return "console of " + target.guestName() + " on " + target.hostUri() + " (" + description + ")";
    }
}
