package dev.summit.connectors.network;

import dev.summit.connectors.host.HostSession;
import java.util.concurrent.CompletableFuture;

/** Whether a network starts with the host (libvirtd). */
public final class SetNetworkAutostart {
    private SetNetworkAutostart() {
    }

    public static CompletableFuture<Void> run(HostSession host, String name, boolean on) {
        return NetworkLifecycle.on(host, on ? "turn on autostart of" : "turn off autostart of", name,
                (conn, network) -> network.setAutostart(on));
    }
}
