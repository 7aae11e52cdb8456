package dev.summit.connectors.ops;

import dev.summit.connectors.host.HostSession;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The host's libvirt networks by name, running or not: where a new card may plug in. */
public final class HostNetworks {
    private HostNetworks() {
    }

    public static CompletableFuture<List<String>> names(HostSession host) {
        return host.submit("list the networks of", host.uri(), conn -> {
            List<String> names = new ArrayList<>(List.of(conn.listNetworks()));
            names.addAll(List.of(conn.listDefinedNetworks()));
            names.sort(String::compareTo);
            return names;
        });
    }
}
