package dev.summit.app.cli.bench;

import dev.summit.app.bench.Virsh;
import dev.summit.app.bench.edit.BenchGuests;
import dev.summit.app.bench.edit.LiveEditBenchmark;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The terminal side of ./run-benchmarks edit: each live edit, Summit beside virsh, medians and ratios. */
@Command(name = "edit-benchmark", mixinStandardHelpOptions = true,
        description = "Times Summit's live edits of a running guest against the equivalent virsh commands.")
public final class EditBenchmarkCommand implements Callable<Integer> {
    private static final double TARGET = 1.2;

    @Option(names = "--runs", defaultValue = "5", description = "Runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--connect", defaultValue = "qemu:///system", description = "Host (default: ${DEFAULT-VALUE}).")
    String uri;

    @Option(names = "--virt-type", defaultValue = "kvm", description = "kvm, or qemu without KVM (default: ${DEFAULT-VALUE}).")
    String virtType;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new EditBenchmarkCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Virsh virsh = new Virsh(uri);
        BenchGuests guests = new BenchGuests(virsh, "summit-bench-edit", virtType);
        guests.preparePool();
        try (HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO))) {
            HostSession host = engine.open(uri);
            awaitConnected(host);
            LiveEditBenchmark.Figures f = new LiveEditBenchmark(host, guests, virsh, line -> {
                err.println("edit-benchmark: " + line);
                err.flush();
            }).run(runs);
            out.printf("%-18s %12s %12s %8s  %s%n", "live edit", "Summit ms", "virsh ms", "ratio", "≤ " + TARGET);
            for (String edit : f.summit().keySet()) {
                double ours = median(f.summit().get(edit)) / 1000.0;
                double theirs = median(f.virsh().get(edit)) / 1000.0;
                double ratio = ours / theirs;
                out.printf(Locale.ROOT, "%-18s %12.1f %12.1f %8.2f  %s%n", edit, ours, theirs, ratio, ratio <= TARGET ? "yes" : "no");
            }
            out.printf("(median of %d; Summit: GuestEditor in process, row re-read included; virsh: one process per"
                    + " command, --live --config where it has them)%n", runs);
            out.flush();
        }
        return 0;
    }

    private static void awaitConnected(HostSession host) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!(host.inventory().status() instanceof HostStatus.Connected)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("cannot connect to " + host.uri() + ": " + host.inventory().status().describe());
            }
            Thread.sleep(20);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
