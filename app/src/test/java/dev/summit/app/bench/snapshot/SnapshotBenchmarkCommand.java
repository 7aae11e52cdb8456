package dev.summit.app.bench.snapshot;

import dev.summit.app.bench.ScratchDirectory;
import dev.summit.app.bench.Virsh;
import dev.summit.app.guest.snapshots.SnapshotFolder;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The terminal side of {@code ./run-benchmarks snapshot}: snapshot create and revert beside virsh
 * (target ≤ 1.1×), and a full backup's throughput beside {@code qemu-img convert} reading the same
 * disk (target ≥ 0.8×), in one run.
 */
@Command(name = "snapshot-benchmark", mixinStandardHelpOptions = true,
        description = "Times Summit's snapshots against virsh and its backups against qemu-img convert.")
public final class SnapshotBenchmarkCommand implements Callable<Integer> {
    private static final double SNAPSHOT_TARGET = 1.1;
    private static final double BACKUP_TARGET = 0.8;

    @Option(names = "--runs", defaultValue = "3", description = "Runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--backup-mib", defaultValue = "512", description = "Data in the backed-up disk, MiB (default: ${DEFAULT-VALUE}).")
    long backupMib;

    @Option(names = "--only", description = "snapshots or backup: that part alone (default: both).")
    String only;

    @Option(names = "--connect", defaultValue = "qemu:///system", description = "Host (default: ${DEFAULT-VALUE}).")
    String uri;

    @Option(names = "--virt-type", defaultValue = "kvm", description = "kvm, or qemu without KVM (default: ${DEFAULT-VALUE}).")
    String virtType;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SnapshotBenchmarkCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Virsh virsh = new Virsh(uri);
        SnapshotBenchGuests guests = new SnapshotBenchGuests(virsh, virtType);
        guests.preparePool();
        Path data = Files.createTempDirectory("summit-bench-snapshot-data");
        try (HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO))) {
            HostSession host = engine.open(uri);
            awaitConnected(host);
            java.util.function.Consumer<String> log = line -> {
                err.println("snapshot-benchmark: " + line);
                err.flush();
            };
            if (only != null && !only.equals("snapshots") && !only.equals("backup")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--only takes snapshots or backup, not " + only);
            }
            if (!"backup".equals(only)) {
                printSnapshots(out, new SnapshotTimings(host, guests, virsh, new SnapshotFolder(data), log).run(runs));
            }
            if (!"snapshots".equals(only)) {
                printBackup(out, new BackupThroughput(host, guests, virsh, log).run(runs, backupMib));
            }
            out.flush();
        } finally {
            guests.removePool();
            ScratchDirectory.delete(data);
        }
        return 0;
    }

    private void printSnapshots(PrintWriter out, SnapshotTimings.Figures f) {
        out.printf("%-38s %10s %10s %7s  %s%n", "snapshot (median of " + runs + ")", "Summit ms", "virsh ms", "ratio",
                "≤ " + SNAPSHOT_TARGET);
        for (String step : f.summit().keySet()) {
            double ours = median(f.summit().get(step)) / 1000.0;
            List<Long> theirs = f.virsh().get(step);
            if (theirs == null) {
                out.printf(Locale.ROOT, "%-38s %10.1f %10s %7s  virsh: %s%n", step, ours, "-", "-", f.virshCannot().get(step));
                continue;
            }
            double ratio = ours / (median(theirs) / 1000.0);
            out.printf(Locale.ROOT, "%-38s %10.1f %10.1f %7.2f  %s%n", step, ours, median(theirs) / 1000.0, ratio,
                    ratio <= SNAPSHOT_TARGET ? "yes" : "no");
        }
        out.println("(Summit: its operations in process on the host's worker, as the Snapshots tab runs them, until the"
                + " tab says the snapshot is taken; the thumbnail it keeps right after is kept outside the clock;"
                + " virsh: one process per command)");
    }

    private void printBackup(PrintWriter out, BackupThroughput.Figures f) {
        double ours = f.dataMib() / (median(f.summit()) / 1e6);
        double libvirt = f.dataMib() / (median(f.virsh()) / 1e6);
        double theirs = f.dataMib() / (median(f.qemuImg()) / 1e6);
        double tuned = f.dataMib() / (median(f.summitTuned()) / 1e6);
        double ratio = ours / theirs;
        out.printf("%-38s %10s %10s %10s %7s  %s   %10s %7s%n", "full backup, " + f.dataMib() + " MiB written", "Summit",
                "virsh job", "qemu-img", "ratio", "≥ " + BACKUP_TARGET, "tuned QEMU", "ratio");
        out.printf(Locale.ROOT, "%-38s %10.1f %10.1f %10.1f %7.2f  %-5s %10.1f %7.2f%n", "MiB/s (median of " + runs + ")",
                ours, libvirt, theirs, ratio, ratio >= BACKUP_TARGET ? "yes" : "no", tuned, tuned / theirs);
        out.printf(Locale.ROOT, "%-38s %10.0f %10.0f %10.0f %7s  %-5s %10.0f%n", "ms", median(f.summit()) / 1000.0,
                median(f.virsh()) / 1000.0, median(f.qemuImg()) / 1000.0, "", "", median(f.summitTuned()) / 1000.0);
        out.println("(Summit: libvirt's push-mode backup of the running guest, checkpoint, definition and manifest;"
                + " virsh job: virsh backup-begin of the same disk, polled with domjobinfo; qemu-img: convert -U"
                + " -T writeback -t writeback -O qcow2 of the same disk, read from the page cache as the guest's QEMU"
                + " reads it, target flushed as the job's is; ratio: Summit to qemu-img; tuned QEMU: Summit's backup of a"
                + " twin guest whose QEMU runs with GLIBC_TUNABLES=" + SnapshotBenchGuests.QEMU_MALLOC_TUNABLES + ")");
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
