package dev.summit.connectors.network;

import dev.summit.connectors.network.NetworkProblem.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * Everything wrong with a new network before anything is defined: its name or bridge taken, its
 * subnet overlapping another network's or one the host's interfaces are on, a DHCP range outside
 * it, a forward device the host does not have. libvirt itself then checks the host's routing table
 * when the network starts (see {@link CreateNetwork}).
 */
public final class NetworkPrecheck {
    /** Linux allows 15 characters in an interface name. */
    private static final Pattern BRIDGE = Pattern.compile("[A-Za-z0-9_.-]{1,15}");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    private NetworkPrecheck() {
    }

    /** Call on the host's worker; empty when the network can be made. */
    public static List<NetworkProblem> check(Connect conn, NetworkRequest request) throws LibvirtException {
        List<NetworkProblem> problems = new ArrayList<>(checkAlone(request));
        List<NetworkSummary> others = NetworkList.read(conn);
        List<String> interfaces = HostInterfaces.namesOrNone(conn);
        for (NetworkSummary other : others) {
            NetworkDefinition them = other.definition();
            if (other.name().equals(request.name())) {
                problems.add(new NetworkProblem(Field.NAME, "A network called '" + request.name() + "' exists already."));
            }
            if (request.bridge() != null && request.bridge().equals(them.bridge())) {
                problems.add(new NetworkProblem(Field.BRIDGE, "Bridge " + request.bridge() + " belongs to network '"
                        + other.name() + "' already."));
            }
            them.ipv4().stream().filter(s -> s.overlaps(request.ipv4())).findFirst().ifPresent(s -> problems.add(
                    new NetworkProblem(Field.IPV4, "The subnet " + request.ipv4().cidr() + " overlaps " + s.cidr()
                            + " of network '" + other.name() + "'.")));
            if (request.ipv6() != null) {
                them.ipv6().stream().filter(s -> s.overlaps(request.ipv6())).findFirst().ifPresent(s -> problems.add(
                        new NetworkProblem(Field.IPV6, "The subnet " + request.ipv6().cidr() + " overlaps " + s.cidr()
                                + " of network '" + other.name() + "'.")));
            }
        }
        if (request.bridge() != null && interfaces.contains(request.bridge())
                && others.stream().noneMatch(o -> request.bridge().equals(o.definition().bridge()))) {
            problems.add(new NetworkProblem(Field.BRIDGE, "The host has an interface called " + request.bridge()
                    + " already."));
        }
        if (request.forwardDevice() != null && request.mode().forwards() && !interfaces.isEmpty()
                && !interfaces.contains(request.forwardDevice())) {
            problems.add(new NetworkProblem(Field.FORWARD, "The host has no interface '" + request.forwardDevice()
                    + "' to forward through (it has " + String.join(", ", interfaces.stream().sorted().toList()) + ")."));
        }
        problems.addAll(hostAddressOverlaps(conn, request));
        return problems;
    }

    /** What is wrong whatever the host holds. */
    static List<NetworkProblem> checkAlone(NetworkRequest request) {
        List<NetworkProblem> problems = new ArrayList<>();
        String name = request.name() == null ? "" : request.name();
        if (name.isBlank() || name.contains("/") || !name.equals(name.strip())) {
            problems.add(new NetworkProblem(Field.NAME, "A network needs a name without '/' or surrounding spaces."));
        }
        if (request.dhcp() != null) {
            String outside = request.dhcp().problemIn(request.ipv4());
            if (outside != null) {
                problems.add(new NetworkProblem(Field.DHCP, outside));
            }
        }
        if (request.forwardDevice() != null && !request.mode().forwards()) {
            problems.add(new NetworkProblem(Field.FORWARD, "A" + (request.mode() == NetworkMode.ISOLATED ? "n " : " ")
                    + request.mode().label() + " network has no forward device: leave it out."));
        }
        if (request.domain() != null && !DOMAIN.matcher(request.domain()).matches()) {
            problems.add(new NetworkProblem(Field.DOMAIN, "'" + request.domain()
                    + "' is not a DNS domain name such as lab.example."));
        }
        if (request.bridge() != null && !BRIDGE.matcher(request.bridge()).matches()) {
            problems.add(new NetworkProblem(Field.BRIDGE, "'" + request.bridge()
                    + "' is not a bridge name: up to 15 letters, digits, '-', '_' or '.'."));
        }
        return problems;
    }

    /** The addresses the host's interfaces report (the test driver and netcf report them; udev does not). */
    private static List<NetworkProblem> hostAddressOverlaps(Connect conn, NetworkRequest request) {
        List<NetworkProblem> problems = new ArrayList<>();
        try {
            for (HostInterface iface : HostInterfaces.read(conn)) {
                for (String address : iface.addresses()) {
                    if (address.contains(":") || !address.contains("/")) {
                        continue;
                    }
                    Ipv4Subnet theirs = Ipv4Subnet.parse(address);
                    if (theirs.overlaps(request.ipv4())) {
                        problems.add(new NetworkProblem(Field.IPV4, "The subnet " + request.ipv4().cidr()
                                + " overlaps " + theirs.cidr() + ", where the host's interface " + iface.name() + " is."));
                    }
                }
            }
        } catch (LibvirtException | IllegalArgumentException e) {
            // No interface driver, or an address Summit cannot read: libvirt's route check at start remains.
        }
        return problems;
    }
}
