package dev.summit.connectors.network;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.ops.UndoStack;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.Network;

/**
 * Makes a virtual network: defines it, starts it, and marks it to start with the host when asked.
 * Starting is part of making it because that is when libvirt checks the subnet against the host's
 * routing table; a network that cannot start is undefined again, so a refusal leaves nothing.
 */
public final class CreateNetwork {
    private CreateNetwork() {
    }

    /** Every problem found, nothing touched. */
    public static CompletableFuture<List<NetworkProblem>> precheck(HostSession host, NetworkRequest request) {
        return host.submit("check the new network on", host.uri(), conn -> NetworkPrecheck.check(conn, request));
    }

    public static CompletableFuture<String> run(HostSession host, NetworkRequest request) {
        return host.submit("create network", request.name(), conn -> create(conn, request));
    }

    /** Call on the host's worker; returns the network's name. */
    public static String create(Connect conn, NetworkRequest request) throws LibvirtException {
        List<NetworkProblem> problems = NetworkPrecheck.check(conn, request);
        if (!problems.isEmpty()) {
            throw new NetworkRefused(request.name(), problems);
        }
        UndoStack undo = new UndoStack();
        try {
            Network network = conn.networkDefineXML(NetworkXml.of(request));
            undo.push("network " + request.name() + "'s definition", network::undefine);
            network.create();
            undo.push("network " + request.name() + " running", network::destroy);
            if (request.autostart()) {
                network.setAutostart(true);
            }
            return request.name();
        } catch (LibvirtException e) {
            List<String> left = undo.unwind();
            throw new HostOperationException("Network '" + request.name() + "' was not created: "
                    + sentence(request, LibvirtFailure.reason(e))
                    + (left.isEmpty() ? " Nothing was left defined." : " Left behind: " + String.join(", ", left) + "."), e);
        }
    }

    /** libvirt's route check names only the interface; say what it means for the subnet asked for. */
    private static String sentence(NetworkRequest request, String reason) {
        String base = reason.endsWith(".") ? reason : reason + ".";
        if (reason.contains("already in use by interface")) {
            return "the subnet " + request.ipv4().cidr() + " overlaps a route of the host ("
                    + base.substring(0, base.length() - 1) + ").";
        }
        return base;
    }
}
