package dev.summit.connectors.network;

import dev.summit.connectors.host.HostSession;
import java.util.concurrent.CompletableFuture;

/** Starts a defined network: its bridge comes up and dnsmasq hands out its DHCP range. */
public final class StartNetwork {
    private StartNetwork() {
    }

    public static CompletableFuture<Void> run(HostSession host, String name) {
        return NetworkLifecycle.on(host, "start", name, (conn, network) -> network.create());
    }
}
