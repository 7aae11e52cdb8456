package dev.summit.connectors.network;

import dev.summit.connectors.host.HostSession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.Network;

/** A host's virtual networks, running or not, with their subnets, DHCP ranges and users. */
public final class NetworkList {
    private NetworkList() {
    }

    public static CompletableFuture<List<NetworkSummary>> read(HostSession host) {
        return host.submit("list the networks of", host.uri(), NetworkList::read);
    }

    /** Call on the host's worker. */
    public static List<NetworkSummary> read(Connect conn) throws LibvirtException {
        Map<String, List<NetworkUser>> users = NetworkUsers.byNetwork(conn);
        List<NetworkSummary> networks = new ArrayList<>();
        for (String name : names(conn)) {
            Network network;
            try {
                network = conn.networkLookupByName(name);
            } catch (LibvirtException e) {
                continue; // removed between the listing and now
            }
            networks.add(new NetworkSummary(name, network.isActive() == 1, network.getAutostart(),
                    network.isPersistent() == 1, NetworkDefinition.parse(network.getXMLDesc(0)),
                    List.copyOf(users.getOrDefault(name, List.of()))));
        }
        networks.sort(Comparator.comparing(NetworkSummary::name));
        return networks;
    }

    private static List<String> names(Connect conn) throws LibvirtException {
        List<String> names = new ArrayList<>(List.of(conn.listNetworks()));
        names.addAll(List.of(conn.listDefinedNetworks()));
        return names;
    }
}
