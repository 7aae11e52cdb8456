package dev.summit.connectors.console;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.tunnel.SshTarget;
import dev.summit.connectors.tunnel.TunnelEnd;
import dev.summit.connectors.xml.VncDisplay;
import dev.summit.connectors.xml.VncListen;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which routes can reach a display, best first: on the guest's own host a descriptor from libvirt,
 * then its UNIX socket or loopback port; from elsewhere an SSH tunnel for SSH URIs, or the port
 * itself for TLS/TCP URIs.
 */
final class RoutePlan {
    private RoutePlan() {
    }

    /**
     * @param allowed the routes the caller accepts (all of them normally)
     * @throws HostOperationException saying why no allowed route can reach this display
     */
    static List<RouteStep> plan(String hostUri, String guestName, VncDisplay display, Set<ConsoleRoute> allowed) {
        URI uri = parse(hostUri);
        List<RouteStep> steps;
        String why;
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            steps = local(display);
            why = display.listen() instanceof VncListen.None
                    ? "its display only accepts a descriptor from libvirt"
                    : "its display has no socket or port yet";
        } else {
            Optional<SshTarget> ssh = SshTarget.fromLibvirtUri(hostUri);
            steps = ssh.isPresent() ? overSsh(ssh.get(), display) : direct(uri, display);
            why = remoteProblem(uri, display, ssh.isPresent());
        }
        List<RouteStep> usable = new ArrayList<>(steps.stream().filter(step -> allowed.contains(step.route())).toList());
        if (usable.isEmpty()) {
            throw new HostOperationException("Could not open the console of '" + guestName + "': "
                    + (steps.isEmpty() ? why : "none of the allowed routes " + allowed + " can reach it") + ".");
        }
        return usable;
    }

    private static List<RouteStep> local(VncDisplay display) {
        List<RouteStep> steps = new ArrayList<>();
        steps.add(new RouteStep.Descriptor(display.index()));
        if (display.listen() instanceof VncListen.Socket socket && socket.path() != null) {
            steps.add(new RouteStep.UnixSocket(Path.of(socket.path())));
        }
        if (display.listen() instanceof VncListen.Address address && display.port() > 0) {
            steps.add(new RouteStep.Tcp(address.dialFromHost(), display.port()));
        }
        return steps;
    }

    private static List<RouteStep> overSsh(SshTarget via, VncDisplay display) {
        if (display.listen() instanceof VncListen.Socket socket && socket.path() != null) {
            return List.of(new RouteStep.Ssh(via, new TunnelEnd.UnixSocket(socket.path())));
        }
        if (display.listen() instanceof VncListen.Address address && display.port() > 0) {
            return List.of(new RouteStep.Ssh(via, new TunnelEnd.Tcp(address.dialFromHost(), display.port())));
        }
        return List.of();
    }

    /** TLS and TCP URIs: no tunnel, so the display must listen where this machine can reach it. */
    private static List<RouteStep> direct(URI uri, VncDisplay display) {
        if (!(display.listen() instanceof VncListen.Address address) || display.port() <= 0 || address.loopbackOnly()) {
            return List.of();
        }
        String host = address.wildcard() ? stripBrackets(uri.getHost()) : address.dialFromHost();
        return List.of(new RouteStep.Tcp(host, display.port()));
    }

    private static String remoteProblem(URI uri, VncDisplay display, boolean ssh) {
        String host = stripBrackets(uri.getHost());
        VncListen listen = display.listen();
        if (listen instanceof VncListen.None) {
            return "its display only accepts a descriptor from libvirt on " + host + " itself";
        }
        if (ssh) {
            return "its display has no socket or port yet";
        }
        if (listen instanceof VncListen.Socket) {
            return "its display listens on a UNIX socket on " + host + ", which only an SSH connection can reach";
        }
        if (listen instanceof VncListen.Address address && address.loopbackOnly()) {
            return "its display listens on " + host + "'s loopback address only; connect to " + host
                    + " over SSH (qemu+ssh://) to reach it";
        }
        return "its display has no port yet";
    }

    private static URI parse(String hostUri) {
        try {
            return new URI(hostUri);
        } catch (URISyntaxException e) {
            throw new HostOperationException("'" + hostUri + "' is not a libvirt URI: " + e.getReason() + ".", e);
        }
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
