package dev.summit.app.cli;

import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.change.SetMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Memory, CPUs, pinning, title and description of a guest: live where libvirt can, else at next boot. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Change a guest's memory, CPUs, CPU pinning, title or description. On a running guest each"
                + " change is made live and kept where libvirt can; otherwise it applies at next boot.")
final class EditCommand implements Callable<Integer> {
    private static final long KIB_PER_MIB = 1024;

    @Mixin
    HostOption host;

    @Parameters(paramLabel = "NAME", description = "The guest's name.")
    String name;

    @Option(names = "--memory", paramLabel = "MiB", description = "Maximum memory (at next boot on a running guest).")
    Long memoryMiB;

    @Option(names = "--current-memory", paramLabel = "MiB",
            description = "Current memory: a running guest's balloon moves to it now (dynamic memory).")
    Long currentMemoryMiB;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<GuestEdit> edits = new ArrayList<>();
        if (memoryMiB != null || currentMemoryMiB != null) {
            edits.add(new SetMemory(memoryMiB == null ? null : memoryMiB * KIB_PER_MIB,
                    currentMemoryMiB == null ? null : currentMemoryMiB * KIB_PER_MIB));
        }
        return GuestEditRun.apply(spec, host, name, "edit", edits);
    }
}
