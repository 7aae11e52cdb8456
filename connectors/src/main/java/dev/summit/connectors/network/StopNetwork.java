package dev.summit.connectors.network;

import dev.summit.connectors.host.HostSession;
import java.util.concurrent.CompletableFuture;

/** Stops a network; its definition stays. Running guests on it keep their cards, unplugged from anything. */
public final class StopNetwork {
    private StopNetwork() {
    }

    public static CompletableFuture<Void> run(HostSession host, String name) {
        return NetworkLifecycle.on(host, "stop", name, (conn, network) -> network.destroy());
    }
}
