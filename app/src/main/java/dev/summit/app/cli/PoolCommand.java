package dev.summit.app.cli;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.storage.CreatePool;
import dev.summit.connectors.storage.DeletePool;
import dev.summit.connectors.storage.PoolAutostart;
import dev.summit.connectors.storage.PoolSpec;
import dev.summit.connectors.storage.PoolSummary;
import dev.summit.connectors.storage.PoolType;
import dev.summit.connectors.storage.RefreshPool;
import dev.summit.connectors.storage.StartPool;
import dev.summit.connectors.storage.StopPool;
import dev.summit.connectors.storage.StoragePools;
import dev.summit.connectors.units.ByteSize;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** summit pool list | create | start | stop | delete | refresh: a host's storage pools. */
@Command(name = "pool", mixinStandardHelpOptions = true, description = "List, create, start, stop, refresh or delete storage pools.",
        subcommands = {PoolCommand.ListPools.class, PoolCommand.Create.class, PoolCommand.Start.class,
                PoolCommand.Stop.class, PoolCommand.Delete.class, PoolCommand.Refresh.class})
final class PoolCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The host's pools: type, state, size, use.")
    static final class ListPools implements Callable<Integer> {
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
                List<PoolSummary> pools = CliSession.await(StoragePools.list(session));
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.print(Json.value(pools.stream().map(PoolCommand::json).toList()));
                } else {
                    out.print(table(pools));
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Make a pool: dir (a directory), fs (a block device), netfs (NFS or GlusterFS), iscsi"
                    + " (kernel initiator), iscsi-direct (libiscsi) or logical (an LVM volume group). Started, and"
                    + " started with the host unless --no-autostart.")
    static final class Create implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Parameters(paramLabel = "NAME", description = "The pool's name.")
        String name;

        @Option(names = "--type", required = true, paramLabel = "dir|fs|netfs|iscsi|iscsi-direct|logical")
        String type;

        @Option(names = "--target", paramLabel = "PATH", description = "The directory on the host (dir, fs, netfs); "
                + "iscsi defaults to /dev/disk/by-path, logical to /dev/NAME; iscsi-direct has none.")
        String target;

        @Option(names = "--source-host", paramLabel = "H", description = "NFS server or iSCSI portal (host or host:port).")
        String sourceHost;

        @Option(names = "--source-path", paramLabel = "P", description = "The NFS export or GlusterFS volume.")
        String sourcePath;

        @Option(names = "--source-dev", paramLabel = "DEV", description = "fs: the block device; iscsi: the target's IQN;"
                + " logical: a device to make the volume group on.")
        String sourceDev;

        @Option(names = "--source-format", paramLabel = "nfs|glusterfs|cifs", description = "netfs only (default nfs).")
        String sourceFormat;

        @Option(names = "--autostart", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Start it with the host (default: yes).")
        boolean autostart;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PoolType kind = PoolType.parse(type).orElseThrow(() -> new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "Unknown type '" + type + "': use dir, fs, netfs, iscsi, iscsi-direct or logical."));
            PoolSpec pool = new PoolSpec(name, kind, target, sourceHost, sourcePath, sourceDev, sourceFormat, autostart);
            try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
                HostSession session = cli.connect(host);
                PoolSummary made = cli.run(session, name, "create pool", () -> CreatePool.run(session, pool));
                spec.commandLine().getOut().println("created pool " + made.name() + " (" + made.type() + ", "
                        + (made.targetPath() == null ? made.source() : made.targetPath()) + "), running"
                        + (made.autostart() ? ", starts with the host" : ""));
                return 0;
            }
        }
    }

    /** The shape of start, stop, refresh and delete: one pool by name. */
    abstract static class OnePool implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Parameters(paramLabel = "NAME", description = "The pool's name.")
        String name;

        @Spec
        CommandSpec spec;

        abstract String run(CliSession cli, HostSession session) throws Exception;

        @Override
        public Integer call() throws Exception {
            try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
                spec.commandLine().getOut().println(run(cli, cli.connect(host)));
                return 0;
            }
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = "Start a pool (mount, log in…).")
    static final class Start extends OnePool {
        @Option(names = "--autostart", negatable = true, description = "Also set (or with --no-autostart clear) starting with the host.")
        Boolean autostart;

        @Override
        String run(CliSession cli, HostSession session) throws Exception {
            cli.run(session, name, "start pool", () -> StartPool.run(session, name));
            if (autostart != null) {
                cli.run(session, name, "autostart pool", () -> PoolAutostart.set(session, name, autostart));
            }
            return "started pool " + name + (autostart == null ? "" : autostart ? ", starts with the host" : ", not started with the host");
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop a pool; refused while a running guest uses it.")
    static final class Stop extends OnePool {
        @Override
        String run(CliSession cli, HostSession session) throws Exception {
            cli.run(session, name, "stop pool", () -> StopPool.run(session, name));
            return "stopped pool " + name;
        }
    }

    @Command(name = "refresh", mixinStandardHelpOptions = true, description = "Rescan a pool's volumes.")
    static final class Refresh extends OnePool {
        @Override
        String run(CliSession cli, HostSession session) throws Exception {
            cli.run(session, name, "refresh pool", () -> RefreshPool.run(session, name));
            return "refreshed pool " + name;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Remove a pool's definition (refused while guests"
            + " use its volumes); its directory goes too only when Summit made it and it is empty.")
    static final class Delete extends OnePool {
        @Override
        String run(CliSession cli, HostSession session) throws Exception {
            return cli.run(session, name, "delete pool", () -> DeletePool.run(session, name)).describe();
        }
    }

    static Map<String, Object> json(PoolSummary pool) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", pool.name());
        json.put("type", pool.type());
        json.put("active", pool.active());
        json.put("autostart", pool.autostart());
        json.put("capacity", pool.capacity());
        json.put("allocation", pool.allocation());
        json.put("available", pool.available());
        json.put("target", pool.targetPath());
        json.put("source", pool.source());
        json.put("nearlyFull", pool.nearlyFull());
        return json;
    }

    private static String table(List<PoolSummary> pools) {
        int width = Math.max(4, pools.stream().mapToInt(p -> p.name().length()).max().orElse(4));
        StringBuilder text = new StringBuilder(String.format("%-" + width + "s  %-12s  %-8s  %-9s  %10s  %10s  %5s  %s%n",
                "NAME", "TYPE", "STATE", "AUTOSTART", "SIZE", "FREE", "USED", "TARGET"));
        for (PoolSummary pool : pools) {
            text.append(String.format("%-" + width + "s  %-12s  %-8s  %-9s  %10s  %10s  %4d%%  %s%s%n", pool.name(), pool.type(),
                    pool.active() ? "running" : "stopped", pool.autostart() ? "yes" : "no", ByteSize.human(pool.capacity()),
                    ByteSize.human(pool.available()), Math.round(pool.usedFraction() * 100),
                    pool.targetPath() == null ? pool.source() : pool.targetPath(), pool.nearlyFull() ? "  (over 90% full)" : ""));
        }
        return text.toString();
    }
}
