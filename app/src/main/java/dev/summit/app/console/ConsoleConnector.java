package dev.summit.app.console;

import dev.summit.connectors.console.ConsoleChannel;
import dev.summit.connectors.console.OpenConsole;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.xml.VncPassword;
import dev.summit.console.rfb.protocol.RfbClient;
import dev.summit.console.rfb.protocol.RfbListener;
import dev.summit.console.rfb.protocol.RfbOptions;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Opens a guest's screen: a channel from connectors, then a started RFB client over it. The window
 * and {@code summit console} both come through here, so they connect the same way.
 *
 * <p>When the route needs the guest's VNC password (TCP or SSH; libvirt's descriptor skips it), it is
 * read from the live XML on the host's worker and handed to the client in memory only, as
 * virt-manager does: anyone who may open this guest's console through libvirt may read it anyway.
 */
public final class ConsoleConnector {
    private final OpenConsole consoles;
    private final ConsoleTls tls;

    /** A server whose TLS certificate no CA signed is refused: nobody is asked. */
    public ConsoleConnector(OpenConsole consoles) {
        this(consoles, ConsoleTls.refusingUnknown());
    }

    public ConsoleConnector(OpenConsole consoles, ConsoleTls tls) {
        this.consoles = consoles;
        this.tls = tls;
    }

    /** A connected-or-connecting client, or a failure with one sentence saying why. */
    public CompletableFuture<OpenedConsole> connect(HostSession host, String guestUuid, RfbListener listener) {
        return consoles.open(host, guestUuid).thenCompose(channel -> {
            // On the console's connect thread: finding the CA files and this machine's name may block.
            RfbOptions options;
            try {
                options = RfbOptions.defaults().withTls(tls.forChannel(channel));
            } catch (RuntimeException e) {
                channel.close();
                throw e;
            }
            return password(host, guestUuid, channel).handle((password, failure) -> {
                if (failure != null) {
                    channel.close();
                    throw failure instanceof RuntimeException e ? e : new IllegalStateException(failure);
                }
                RfbClient client = new RfbClient(new ChannelTransport(channel), options,
                        new PasswordListener(listener, password.orElse(null)));
                client.start();
                return new OpenedConsole(channel, client);
            });
        });
    }

    private CompletableFuture<Optional<VncPassword>> password(HostSession host, String uuid, ConsoleChannel channel) {
        return channel.vncPasswordExpected() ? consoles.vncPassword(host, uuid)
                : CompletableFuture.completedFuture(Optional.empty());
    }

    /** The channel (how it travels, whose screen) and the client drawing it. */
    public record OpenedConsole(ConsoleChannel channel, RfbClient client) {
        public void close() {
            client.close();
            channel.close();
        }
    }
}
