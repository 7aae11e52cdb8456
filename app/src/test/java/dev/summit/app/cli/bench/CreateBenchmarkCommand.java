package dev.summit.app.cli.bench;

import dev.summit.app.bench.create.CreateBenchmark;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The terminal side of ./run-benchmarks create: options in, a table of medians out. */
@Command(name = "create-benchmark", mixinStandardHelpOptions = true,
        description = "Creates guests from the grub-rescue ISO with Summit's create operation (and virt-install, when"
                + " installed) and times each to a running guest and to its first console frame.")
public final class CreateBenchmarkCommand implements Callable<Integer> {
    @Option(names = "--runs", defaultValue = "3", description = "Runs of each (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--connect", defaultValue = "qemu:///system", description = "Host (default: ${DEFAULT-VALUE}).")
    String uri;

    @Option(names = "--pool", defaultValue = "summit-bench",
            description = "Pool for the disks; made and removed again when missing (default: ${DEFAULT-VALUE}).")
    String pool;

    @Option(names = "--prefix", defaultValue = "summit-bench", description = "Start of every guest's name.")
    String prefix;

    @Option(names = "--no-virt-install", description = "Skip virt-install even when it is installed.")
    boolean noVirtInstall;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new CreateBenchmarkCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean anchor = !noVirtInstall && new java.io.File("/usr/bin/virt-install").canExecute();
        CreateBenchmark.Figures f = new CreateBenchmark(uri, pool, prefix, line -> {
            err.println("create-benchmark: " + line);
            err.flush();
        }).run(runs, anchor);
        out.printf("%-46s %10s%n", "grub-rescue ISO, median of " + runs, "ms");
        out.printf("%-46s %10s%n", "Summit: Finish → guest running", median(f.running()));
        out.printf("%-46s %10s%n", "Summit: Finish → first console frame", median(f.firstFrame()));
        out.printf("%-46s %10s%n", "virt-install --cdrom → guest running", anchor ? median(f.virtInstallCdrom()) : "n/a");
        out.printf("%-46s %10s%n", "virt-install --import → guest running", anchor ? median(f.virtInstallImport()) : "n/a");
        out.flush();
        return 0;
    }

    private static String median(List<Long> values) {
        if (values.isEmpty()) {
            return "n/a";
        }
        List<Long> sorted = values.stream().sorted().toList();
        return String.valueOf(sorted.get(sorted.size() / 2));
    }
}
