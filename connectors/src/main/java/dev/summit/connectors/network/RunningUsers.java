package dev.summit.connectors.network;

import dev.summit.connectors.host.HostOperationException;
import java.util.List;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * The refusal shared by stop and delete: taking a network away from a running guest leaves its
 * card plugged into nothing, which the guest sees as a cut cable until someone notices.
 */
final class RunningUsers {
    private RunningUsers() {
    }

    /** Throws, naming the running guests with a card on {@code network}, when there are any. Call on the host's worker. */
    static void refuse(Connect conn, String network, String pastVerb) throws LibvirtException {
        List<String> running = NetworkUsers.byNetwork(conn).getOrDefault(network, List.of()).stream()
                .filter(NetworkUser::running).map(NetworkUser::guest).toList();
        if (running.isEmpty()) {
            return;
        }
        boolean one = running.size() == 1;
        throw new HostOperationException("Network '" + network + "' was not " + pastVerb + ": running guest"
                + (one ? " " : "s ") + String.join(", ", running) + (one ? " uses" : " use") + " it. Shut "
                + (one ? "it" : "them") + " down or move the card to another network first.");
    }
}
