package dev.summit.app.cli;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.network.CreateNetwork;
import dev.summit.connectors.network.DeleteNetwork;
import dev.summit.connectors.network.DhcpRange;
import dev.summit.connectors.network.Ipv4Subnet;
import dev.summit.connectors.network.Ipv6Subnet;
import dev.summit.connectors.network.NetworkLeases;
import dev.summit.connectors.network.NetworkList;
import dev.summit.connectors.network.NetworkExtras;
import dev.summit.connectors.network.NetworkMode;
import dev.summit.connectors.network.NetworkRequest;
import dev.summit.connectors.network.SetNetworkAutostart;
import dev.summit.connectors.network.StartNetwork;
import dev.summit.connectors.network.StopNetwork;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** summit net list | create | start | stop | delete | leases: a host's virtual networks. */
@Command(name = "net", mixinStandardHelpOptions = true, description = "List, create, start, stop and delete virtual networks.",
        subcommands = {NetCommand.ListNets.class, NetCommand.Create.class, NetCommand.Start.class, NetCommand.Stop.class,
                NetCommand.Delete.class, NetCommand.Leases.class})
final class NetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the host's networks: state, autostart, subnet, DHCP range and the guests using each.")
    static final class ListNets implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Option(names = "--json", description = "Print a JSON array instead of a table.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
                HostSession session = cli.connect(host);
                var networks = CliSession.await(NetworkList.read(session));
                print(spec, json ? Json.value(NetOutput.networksJson(networks)) : NetOutput.networksTable(networks));
                return 0;
            }
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Define and start a network; refused, with nothing defined, when its name, bridge or subnet"
                    + " is taken or the subnet overlaps a route of the host.")
    static final class Create implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Parameters(paramLabel = "NAME", description = "The network's name.")
        String name;

        @Option(names = "--mode", required = true, paramLabel = "nat|routed|isolated|open", description = "How it reaches beyond the host.")
        String mode;

        @Option(names = "--ipv4", required = true, paramLabel = "CIDR", description = "Its IPv4 subnet, e.g. 10.252.1.0/24; the host takes the first address.")
        String ipv4;

        @Option(names = "--dhcp", paramLabel = "FIRST-LAST", description = "Hand out these addresses by DHCP (default: no DHCP).")
        String dhcp;

        @Option(names = "--forward", paramLabel = "DEV", description = "The host interface NAT or routed traffic leaves through.")
        String forward;

        @Option(names = "--domain", paramLabel = "NAME", description = "A DNS domain for the guests' names.")
        String domain;

        @Option(names = "--ipv6", paramLabel = "CIDR", description = "An IPv6 subnet too, e.g. fd00:252:1::/64.")
        String ipv6;

        @Option(names = "--bridge", paramLabel = "NAME", description = "The host bridge's name (default: libvirt's next virbrN).")
        String bridge;

        @Option(names = "--autostart", description = "Start it with the host.")
        boolean autostart;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            NetworkRequest request = request();
            try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
                HostSession session = cli.connect(host);
                cli.run(session, name, "create network", () -> CreateNetwork.run(session, request));
                print(spec, "created network " + name + " (" + request.mode().label() + ", " + request.ipv4().cidr()
                        + (request.dhcp() == null ? ", no DHCP" : ", DHCP " + request.dhcp()) + ")\n");
                return 0;
            }
        }

        /** The options as a request; text that is no subnet, range or mode is bad usage. */
        private NetworkRequest request() {
            try {
                return new NetworkRequest(name, NetworkMode.parse(mode), Ipv4Subnet.parse(ipv4),
                        dhcp == null ? null : DhcpRange.parse(dhcp), new NetworkExtras(forward, domain,
                        ipv6 == null ? null : Ipv6Subnet.parse(ipv6), bridge), autostart);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = "Start a network (with --autostart: also start it with the host).")
    static final class Start implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Parameters(paramLabel = "NAME", description = "The network's name.")
        String name;

        @Option(names = "--autostart", description = "Also start it with the host from now on.")
        boolean autostart;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return act(spec, host, name, "start network", session -> StartNetwork.run(session, name)
                    .thenCompose(done -> autostart ? SetNetworkAutostart.run(session, name, true) : CompletableFuture.completedFuture(null)),
                    "started network " + name);
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop a network; it stays defined.")
    static final class Stop implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Parameters(paramLabel = "NAME", description = "The network's name.")
        String name;

        @Option(names = "--no-autostart", description = "Also stop starting it with the host.")
        boolean noAutostart;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return act(spec, host, name, "stop network", session -> StopNetwork.run(session, name)
                    .thenCompose(done -> noAutostart ? SetNetworkAutostart.run(session, name, false) : CompletableFuture.completedFuture(null)),
                    "stopped network " + name);
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Stop and undefine a network; refused while a running guest uses it.")
    static final class Delete implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Parameters(paramLabel = "NAME", description = "The network's name.")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return act(spec, host, name, "delete network", session -> DeleteNetwork.run(session, name), "deleted network " + name);
        }
    }

    @Command(name = "leases", mixinStandardHelpOptions = true, description = "The DHCP leases a running network handed out.")
    static final class Leases implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Parameters(paramLabel = "NAME", description = "The network's name.")
        String name;

        @Option(names = "--json", description = "Print a JSON array instead of a table.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
                HostSession session = cli.connect(host);
                var leases = CliSession.await(NetworkLeases.of(session, name));
                print(spec, json ? Json.value(NetOutput.leasesJson(leases)) : NetOutput.leasesTable(leases));
                return 0;
            }
        }
    }

    private static int act(CommandSpec spec, HostOption host, String name, String operation,
                           Function<HostSession, CompletableFuture<Void>> work, String done) throws Exception {
        try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
            HostSession session = cli.connect(host);
            cli.run(session, name, operation, () -> work.apply(session));
            print(spec, done + "\n");
            return 0;
        }
    }

    private static void print(CommandSpec spec, String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
    }
}
