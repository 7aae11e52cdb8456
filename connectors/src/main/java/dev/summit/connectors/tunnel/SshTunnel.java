package dev.summit.connectors.tunnel;

import com.jcraft.jsch.Channel;
import com.jcraft.jsch.Session;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * One forwarded channel and the SSH session that carries it; closing it ends both. Closing wakes a
 * reader blocked on {@link #input()} with end-of-stream.
 */
public final class SshTunnel implements Closeable {
    private final Session session;
    private final Channel channel;
    private final InputStream input;
    private final OutputStream output;
    private final String description;

    SshTunnel(Session session, Channel channel, InputStream input, OutputStream output, String description) {
        this.session = session;
        this.channel = channel;
        this.input = input;
        this.output = new Unbuffered(output);
        this.description = description;
    }

    public InputStream input() {
        return input;
    }

    /** Every write is sent at once: JSch's channel stream would otherwise hold bytes until flushed. */
    public OutputStream output() {
        return output;
    }

    /** "SSH tunnel via root@kvm2". */
    public String description() {
        return description;
    }

    public boolean isOpen() {
        return channel.isConnected();
    }

    @Override
    public void close() {
        channel.disconnect();
        session.disconnect();
    }

    private static final class Unbuffered extends FilterOutputStream {
        Unbuffered(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            out.flush();
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            out.flush();
        }
    }
}
