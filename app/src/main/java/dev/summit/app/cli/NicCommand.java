package dev.summit.app.cli;

import dev.summit.connectors.edit.change.AddNic;
import dev.summit.connectors.edit.change.RemoveNic;
import dev.summit.connectors.edit.change.SetLinkState;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** summit nic add | remove | link: a guest's network cards, hot-plugged and linked up or down live. */
@Command(name = "nic", mixinStandardHelpOptions = true, description = "Add or remove a guest's network cards, or set a link up or down.",
        subcommands = {NicCommand.Add.class, NicCommand.Remove.class, NicCommand.Link.class})
final class NicCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a network card on a libvirt network or a host bridge (hot-plugged into a running guest).")
    static final class Add implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Parameters(paramLabel = "NAME", description = "The guest's name.")
        String name;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Where where;

        static final class Where {
            @Option(names = "--network", paramLabel = "N", description = "A libvirt virtual network, e.g. default.")
            String network;

            @Option(names = "--bridge", paramLabel = "B", description = "A bridge on the host, e.g. br0.")
            String bridge;
        }

        @Option(names = "--model", paramLabel = "M", defaultValue = "virtio", description = "virtio (default), e1000e, rtl8139.")
        String model;

        @Option(names = "--mac", paramLabel = "MAC", description = "Its address (default: a new one of QEMU's range).")
        String mac;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            AddNic nic = where.network != null ? new AddNic("network", where.network, model, mac)
                    : new AddNic("bridge", where.bridge, model, mac);
            return GuestEditRun.apply(spec, host, name, "add network card", List.of(nic));
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove the network card with this MAC.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Parameters(index = "0", paramLabel = "NAME", description = "The guest's name.")
        String name;

        @Parameters(index = "1", paramLabel = "MAC", description = "The card's MAC address.")
        String mac;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return GuestEditRun.apply(spec, host, name, "remove network card", List.of(new RemoveNic(mac)));
        }
    }

    @Command(name = "link", mixinStandardHelpOptions = true,
            description = "Set the link of the card with this MAC up or down, as if its cable were plugged or pulled.")
    static final class Link implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Parameters(index = "0", paramLabel = "NAME", description = "The guest's name.")
        String name;

        @Parameters(index = "1", paramLabel = "MAC", description = "The card's MAC address.")
        String mac;

        @Parameters(index = "2", paramLabel = "up|down", description = "The link's new state.")
        String state;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (!state.equals("up") && !state.equals("down")) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "The link state is 'up' or 'down', not '" + state + "'.");
            }
            return GuestEditRun.apply(spec, host, name, "link " + state, List.of(new SetLinkState(mac, state.equals("up"))));
        }
    }
}
