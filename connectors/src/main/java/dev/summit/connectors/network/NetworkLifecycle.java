package dev.summit.connectors.network;

import dev.summit.connectors.host.HostSession;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.Network;

/** One network, looked up by name on the host's worker, for the small actions that change only it. */
final class NetworkLifecycle {
    @FunctionalInterface
    interface Change {
        void apply(Connect conn, Network network) throws LibvirtException;
    }

    private NetworkLifecycle() {
    }

    static CompletableFuture<Void> on(HostSession host, String verb, String name, Change change) {
        return host.submit(verb + " network", name, conn -> {
            change.apply(conn, conn.networkLookupByName(name));
            return null;
        });
    }
}
