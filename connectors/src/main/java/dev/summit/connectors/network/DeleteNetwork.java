package dev.summit.connectors.network;

import dev.summit.connectors.host.HostSession;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.Network;

/**
 * Stops and undefines a network, refused while a running guest has a card on it: pulling its
 * network would cut that guest off. Stopped guests defined on it may stay; they will not start
 * until it exists again or their card moves.
 */
public final class DeleteNetwork {
    private DeleteNetwork() {
    }

    public static CompletableFuture<Void> run(HostSession host, String name) {
        return NetworkLifecycle.on(host, "delete", name, DeleteNetwork::delete);
    }

    private static void delete(Connect conn, Network network) throws LibvirtException {
        RunningUsers.refuse(conn, network.getName(), "deleted");
        if (network.isActive() == 1) {
            network.destroy();
        }
        if (network.isPersistent() == 1) {
            network.undefine();
        }
    }
}
