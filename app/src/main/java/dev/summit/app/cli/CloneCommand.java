package dev.summit.app.cli;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.CloneGuest;
import dev.summit.connectors.ops.CloneMode;
import dev.summit.connectors.ops.ClonePassword;
import dev.summit.connectors.ops.CloneRequest;
import dev.summit.connectors.ops.OperationProgress;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Clones a guest: linked overlays by default (a moment, whatever the size), or whole copies, per disk
 * if asked. Its model is built by code (CodedSpec): reading this verb's annotations cost its start a
 * proxy class per annotation type, on the thread every clone waits for.
 */
final class CloneCommand implements Callable<Integer> {
    private final CommandSpec spec = CodedSpec.command(this, "clone",
            "Make one or more clones of a guest, each with a new UUID, new MAC addresses and its own UEFI variables.");

    CloneCommand() {
        spec.addPositional(PositionalParamSpec.builder().index("0").paramLabel("NAME").type(String.class)
                .description("The guest to clone (shut off, or running with --pause-source).").build());
        spec.addOption(OptionSpec.builder("--to").required(true).paramLabel("NEWNAME").type(String.class)
                .description("The clone's name; with --count K the clones are NEWNAME-1 … NEWNAME-K.").build());
        spec.addOption(OptionSpec.builder("--count").paramLabel("K").type(int.class).defaultValue("1")
                .description("How many clones (default: ${DEFAULT-VALUE}).").build());
        spec.addArgGroup(ArgGroupSpec.builder().exclusive(true).multiplicity("0..1")
                .addArg(CodedSpec.flag("--linked", "Overlays on the source's disks (default). The source moves onto an"
                        + " overlay of its own first, so the images its clones read are never written again."))
                .addArg(CodedSpec.flag("--full", "Whole, independent copies of the source's disks (kept sparse)."))
                .build());
        spec.addOption(OptionSpec.builder("--disk").paramLabel("TARGET=full|linked|share").type(Map.class)
                .auxiliaryTypes(String.class, String.class)
                .description("How one disk is cloned, overriding --linked/--full for it (repeatable), e.g. --disk vdb=share."
                        + " A shared disk is the source's own image: only for data both may use, never both running at once.")
                .build());
        spec.addOption(CodedSpec.flag("--pause-source", "Allow cloning a running guest: it is paused while its disks are"
                + " copied and resumed afterwards, whatever happens."));
        spec.addOption(VncPasswordOption.coded());
        spec.addOption(HostOption.coded());
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        String name = spec.positionalParameters().get(0).getValue();
        int count = CodedSpec.<Integer>value(spec, "--count");
        VncPasswordOption vncPassword = VncPasswordOption.of(CodedSpec.value(spec, VncPasswordOption.OPTION));
        if (count < 1 || count > 100) {
            throw new IllegalArgumentException("--count must be between 1 and 100, not " + count);
        }
        PrintWriter out = spec.commandLine().getOut();
        CloneMode mode = CodedSpec.given(spec, "--full") ? CloneMode.FULL : CloneMode.LINKED;
        List<String> names = CloneGuest.namesFor(CodedSpec.value(spec, "--to"), count);
        ClonePassword password = vncPassword.choice();
        try (CliSession cli = CliSession.forClone(spec.commandLine().getErr())) {
            HostSession session = cli.connect(cli.resolve(CodedSpec.value(spec, "--connect")));
            GuestSummary guest = CliSession.guest(session, name);
            if (!vncPassword.given() && CliSession.await(CloneGuest.hasDisplayPassword(session, guest.uuid()))) {
                spec.commandLine().getErr().println("summit: " + VncPasswordOption.required(name));
                return 1;
            }
            CloneRequest request = CloneRequest.of(guest.uuid(), names, mode).withDisks(perDisk())
                    .pausingSource(CodedSpec.given(spec, "--pause-source"))
                    .withDisplayPassword(password);
            List<String> problems = CliSession.await(CloneGuest.precheck(session, request));
            if (!problems.isEmpty()) {
                problems.forEach(problem -> spec.commandLine().getErr().println("summit: " + problem));
                return 1;
            }
            // Checked just now on the same host worker: the operation need not check again.
            long started = System.nanoTime();
            CloneGuest.Outcome outcome = cli.run(session, name, "clone",
                    () -> CloneGuest.runJustChecked(session, request, OperationProgress.IGNORE, new CancelSignal()));
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            for (CloneGuest.Copy copy : outcome.made()) {
                out.println("cloned " + name + " → " + copy.name() + " (" + copy.uuid() + ")");
                copy.volumes().forEach(volume -> out.println("  " + volume));
                out.println("  VNC password: " + (password instanceof ClonePassword.Given ? "its own, as given" : "none"));
            }
            out.println(outcome.made().size() + (outcome.made().size() == 1 ? " clone" : " clones") + " made in "
                    + tookMs + " ms");
            if (outcome.failure() != null) {
                spec.commandLine().getErr().println("summit: " + outcome.failure());
                return 1;
            }
            return 0;
        }
    }

    private Map<String, CloneMode> perDisk() {
        Map<String, CloneMode> choices = new LinkedHashMap<>();
        Map<String, String> disks = CodedSpec.value(spec, "--disk");
        if (disks == null) {
            return choices;
        }
        disks.forEach((target, how) -> {
            try {
                choices.put(target, CloneMode.valueOf(how.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--disk " + target + "=" + how + ": say full, linked or share");
            }
        });
        return choices;
    }
}
