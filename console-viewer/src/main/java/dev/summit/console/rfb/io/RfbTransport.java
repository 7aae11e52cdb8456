package dev.summit.console.rfb.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A byte pipe to a VNC server, however it was opened: TCP, a UNIX socket, a descriptor libvirt
 * handed over, or an SSH channel. The console never opens one itself; the app hands it over, so the
 * protocol knows nothing of libvirt or SSH. {@link #close()} must unblock a reader waiting on
 * {@link #input()}.
 */
public interface RfbTransport extends Closeable {
    InputStream input() throws IOException;

    OutputStream output() throws IOException;

    /** How the bytes travel, for the status line: "UNIX socket", "SSH tunnel to kvm1", … */
    String description();

    @Override
    void close() throws IOException;
}
