package dev.summit.app.cli;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.storage.CreateVolume;
import dev.summit.connectors.storage.DeleteVolume;
import dev.summit.connectors.storage.DownloadVolume;
import dev.summit.connectors.storage.NewVolume;
import dev.summit.connectors.storage.ResizeVolume;
import dev.summit.connectors.storage.StoragePools;
import dev.summit.connectors.storage.VolumeSummary;
import dev.summit.connectors.units.ByteSize;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** summit vol list | create | resize | delete | download: the volumes of a pool. */
@Command(name = "vol", mixinStandardHelpOptions = true, description = "List, create, grow, delete or download a pool's volumes.",
        subcommands = {VolCommand.ListVolumes.class, VolCommand.Create.class, VolCommand.Resize.class,
                VolCommand.Delete.class, VolCommand.Download.class})
final class VolCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** The pool and volume every verb but list names. */
    abstract static class OneVolume implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Parameters(index = "0", paramLabel = "POOL", description = "The pool's name.")
        String pool;

        @Parameters(index = "1", paramLabel = "NAME", description = "The volume's name.")
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

        long bytes(String gib) {
            double value;
            try {
                value = Double.parseDouble(gib);
            } catch (NumberFormatException e) {
                value = -1;
            }
            if (!(value > 0) || value * ByteSize.GIB > Long.MAX_VALUE / 2) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "Bad size '" + gib + "': give GiB as a number above zero, such as 20 or 0.5.");
            }
            return Math.round(value * ByteSize.GIB);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "A pool's volumes: format, size, space on disk, users.")
    static final class ListVolumes implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Parameters(paramLabel = "POOL", description = "The pool's name.")
        String pool;

        @Option(names = "--json", description = "Print a JSON array instead of a table.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
                HostSession session = cli.connect(host);
                Map<VolumeSummary, List<String>> volumes = CliSession.await(StoragePools.volumesWithUsers(session, pool));
                PrintWriter out = spec.commandLine().getOut();
                out.print(json ? Json.value(volumes.entrySet().stream().map(e -> json(e.getKey(), e.getValue())).toList())
                        : table(volumes));
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Make a sparse volume: qcow2 (version 3) or raw,"
            + " optionally a qcow2 overlay on a backing volume.")
    static final class Create extends OneVolume {
        @Option(names = "--size", required = true, paramLabel = "GiB", description = "Its size, in GiB.")
        String size;

        @Option(names = "--format", defaultValue = "qcow2", paramLabel = "qcow2|raw", description = "Default: ${DEFAULT-VALUE}.")
        String format;

        @Option(names = "--backing", paramLabel = "VOL", description = "A volume of the same pool (or a path on the host) to build on.")
        String backing;

        @Override
        String run(CliSession cli, HostSession session) throws Exception {
            NewVolume volume = new NewVolume(pool, name, bytes(size), format, backing);
            VolumeSummary made = cli.run(session, name, "create volume", () -> CreateVolume.run(session, volume));
            return "created " + made.path() + " (" + made.format() + ", " + ByteSize.human(made.capacity()) + ")";
        }
    }

    @Command(name = "resize", mixinStandardHelpOptions = true, description = "Grow a volume to SIZE GiB; shrinking is refused.")
    static final class Resize extends OneVolume {
        @Option(names = "--size", required = true, paramLabel = "GiB", description = "The new size, in GiB.")
        String size;

        @Override
        String run(CliSession cli, HostSession session) throws Exception {
            long bytes = bytes(size);
            VolumeSummary grown = cli.run(session, name, "resize volume", () -> ResizeVolume.run(session, pool, name, bytes));
            return "volume " + name + " is " + ByteSize.human(grown.capacity());
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a volume; never one a guest uses"
            + " or one another volume builds on.")
    static final class Delete extends OneVolume {
        @Override
        String run(CliSession cli, HostSession session) throws Exception {
            cli.run(session, name, "delete volume", () -> DeleteVolume.run(session, pool, name));
            return "deleted volume " + name + " of pool " + pool;
        }
    }

    @Command(name = "download", mixinStandardHelpOptions = true, description = "Copy a volume to a file on this computer"
            + " (sparse: holes stay holes); progress on stderr; Ctrl+C removes the partial file.")
    static final class Download extends OneVolume {
        @Option(names = "--to", required = true, paramLabel = "FILE", description = "The new file; never overwritten.")
        Path to;

        @Override
        String run(CliSession cli, HostSession session) throws Exception {
            CancelSignal cancel = new CancelSignal();
            PrintWriter err = spec.commandLine().getErr();
            int[] tenth = {0};
            CompletableFuture<DownloadVolume.Downloaded> download = DownloadVolume.run(session, pool, name, to.toAbsolutePath(),
                    (fraction, bytes, sentence) -> {
                        if (fraction >= (tenth[0] + 1) / 10.0 && fraction < 1) {
                            tenth[0] = (int) (fraction * 10);
                            err.println("  " + tenth[0] * 10 + "% (" + ByteSize.human(bytes) + ")");
                            err.flush();
                        }
                    }, cancel);
            Thread onInterrupt = new Thread(() -> {
                cancel.cancel();
                try {
                    download.get(10, TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    // The download's own message says what was removed.
                }
                cli.awaitHistory(); // the cancelled row, written on the history's own thread
            }, "download-cancel");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            try {
                DownloadVolume.Downloaded done = cli.run(session, name, "download volume", () -> download);
                return "downloaded " + name + " to " + done.file() + " (" + ByteSize.human(done.bytes()) + ", "
                        + ByteSize.human(done.dataBytes()) + " of data; the rest left as holes)";
            } finally {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            }
        }
    }

    static Map<String, Object> json(VolumeSummary volume, List<String> users) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", volume.name());
        json.put("path", volume.path());
        json.put("format", volume.format());
        json.put("capacity", volume.capacity());
        json.put("allocation", volume.allocation());
        json.put("backing", volume.backing());
        json.put("usedBy", users);
        return json;
    }

    /**
     * The table, padded by hand: a pool may hold thousands of volumes, and String.format parsing its
     * pattern again for every row was a visible share of a short-lived verb's time.
     */
    private static String table(Map<VolumeSummary, List<String>> volumes) {
        int width = Math.max(4, volumes.keySet().stream().mapToInt(v -> v.name().length()).max().orElse(4));
        StringBuilder text = new StringBuilder(volumes.size() * (width + 48));
        row(text, width, "NAME", "FORMAT", "SIZE", "ON DISK", "USED BY");
        for (Map.Entry<VolumeSummary, List<String>> entry : volumes.entrySet()) {
            VolumeSummary v = entry.getKey();
            row(text, width, v.name(), v.format(), ByteSize.human(v.capacity()), ByteSize.human(v.allocation()),
                    String.join(", ", entry.getValue()));
        }
        return text.toString();
    }

    /** One line: name and format left-aligned, the sizes right-aligned in 10, users as they come. */
    private static void row(StringBuilder text, int width, String name, String format, String size, String onDisk, String users) {
        pad(text.append(name), width - name.length()).append("  ");
        pad(text.append(format), 6 - format.length()).append("  ");
        pad(text, 10 - size.length()).append(size).append("  ");
        pad(text, 10 - onDisk.length()).append(onDisk).append("  ");
        text.append(users).append(System.lineSeparator());
    }

    private static StringBuilder pad(StringBuilder text, int spaces) {
        for (int i = 0; i < spaces; i++) {
            text.append(' ');
        }
        return text;
    }
}
