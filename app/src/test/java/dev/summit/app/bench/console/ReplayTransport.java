package dev.summit.app.bench.console;

import dev.summit.console.rfb.io.RfbTransport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;

/** A recorded server stream played back; what the client sends goes nowhere. */
record ReplayTransport(byte[] stream) implements RfbTransport {
    @Override
    public InputStream input() {
        return new ByteArrayInputStream(stream);
    }

    @Override
    public OutputStream output() {
        return OutputStream.nullOutputStream();
    }

    @Override
    public String description() {
        return "recording";
    }

    @Override
    public void close() {
        // Nothing is open: the bytes are in memory.
    }
}
