package dev.summit.app.console;

import dev.summit.connectors.console.ConsoleChannel;
import dev.summit.console.rfb.io.RfbTransport;
import java.io.InputStream;
import java.io.OutputStream;

/** Hands a channel connectors opened to the RFB client, which knows nothing of libvirt or SSH. */
record ChannelTransport(ConsoleChannel channel) implements RfbTransport {
    @Override
    public InputStream input() {
        return channel.input();
    }

    @Override
    public OutputStream output() {
        return channel.output();
    }

    @Override
    public String description() {
        return channel.description();
    }

    @Override
    public void close() {
        channel.close();
    }
}
