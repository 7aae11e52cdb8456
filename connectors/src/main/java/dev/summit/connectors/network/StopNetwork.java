package dev.summit.connectors.network;

import dev.summit.connectors.host.HostSession;
import java.util.concurrent.CompletableFuture;

/**
 * Stops a network; its definition stays. Refused while a running guest has a card on it, naming
 * the guests: their cards would stay plugged into nothing.
 */
public final class StopNetwork {
    private StopNetwork() {
    }

    public static CompletableFuture<Void> run(HostSession host, String name) {
        return NetworkLifecycle.on(host, "stop", name, (conn, network) -> {
            RunningUsers.refuse(conn, name, "stopped");
            network.destroy();
        });
    }
}
