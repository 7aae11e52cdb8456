package dev.summit.connectors.host;

import dev.summit.connectors.jna.EventLoopWakeup;
import dev.summit.connectors.jna.LibvirtErrorLog;
import java.util.concurrent.atomic.AtomicBoolean;
import org.libvirt.Library;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that serves libvirt's events (lifecycle, keepalive, close) for every host.
 *
 * <p>libvirt's default event implementation is process-wide and may be registered only once, and it
 * must be registered before the first connection is opened or keepalive stays off. That is why this
 * is the single place with process-global state: {@link #ensureRunning()} is idempotent. It also
 * routes libvirt's own error printing to the log, which is process-wide too.
 * Callbacks running here only hand work to a host's own worker thread, so one slow host can never
 * hold up another's events.
 */
public final class LibvirtEventLoop {
    private static final Logger LOG = LoggerFactory.getLogger(LibvirtEventLoop.class);
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static volatile boolean exiting;
    private static volatile Thread loop;

    private LibvirtEventLoop() {
    }

    public static void ensureRunning() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        try {
            LibvirtErrorLog.install();
            Library.initEventLoop();
        } catch (LibvirtException e) {
            STARTED.set(false);
            throw new IllegalStateException("libvirt's event loop could not start: " + e.getMessage(), e);
        }
        Thread thread = new Thread(LibvirtEventLoop::serve, "libvirt-events");
        thread.setDaemon(true);
        loop = thread;
        thread.start();
    }

    /**
     * Ends the loop, for a process about to exit. A thread left waiting inside libvirt's poll() holds
     * the JVM's exit for about 300 ms (HotSpot waits that long for threads in native code to come
     * back), which every {@code summit <verb>} would pay. libvirt's loop cannot be registered twice,
     * so nothing may use libvirt events after this.
     */
    public static void stopForExit() {
        Thread thread = loop;
        if (thread == null) {
            return;
        }
        exiting = true;
        try {
            EventLoopWakeup.wake();
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void serve() {
        while (!exiting) {
            try {
                Library.processEvent();
            } catch (LibvirtException e) {
                LOG.warn("libvirt event loop iteration failed: {}", e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("an event handler failed", e);
            }
        }
    }
}
