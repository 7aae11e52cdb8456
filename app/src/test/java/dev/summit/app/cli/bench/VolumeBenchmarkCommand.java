package dev.summit.app.cli.bench;

import dev.summit.app.bench.storage.VolumeListBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The terminal side of ./run-benchmarks vol. */
@Command(name = "vol-benchmark", mixinStandardHelpOptions = true,
        description = "Lists a pool of many volumes with summit vol list and in the window, beside virsh vol-list --details.")
public final class VolumeBenchmarkCommand implements Callable<Integer> {
    @Option(names = "--volumes", defaultValue = "5000", description = "Volumes in the pool (default: ${DEFAULT-VALUE}).")
    int volumes;

    @Option(names = "--runs", defaultValue = "3", description = "Runs of each (default: ${DEFAULT-VALUE}); medians are shown.")
    int runs;

    @Option(names = "--summit", required = true, description = "The ./summit launcher to time.")
    String summit;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        int code = new CommandLine(new VolumeBenchmarkCommand()).execute(args);
        System.exit(code);
    }

    @Override
    public Integer call() throws Exception {
        return new VolumeListBenchmark(volumes, runs, summit).run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
