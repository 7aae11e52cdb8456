package dev.summit.app.cli;

import dev.summit.app.GuiLauncher;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.ops.GuestAction;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The root command: no verb opens the window; each verb runs one operation and exits. Its model is
 * built by code (CodedSpec), as every verb's run builds it.
 */
public final class SummitCommand implements Callable<Integer> {
    private final CommandSpec spec = CodedSpec.command(this, "summit",
            "Manage KVM and Xen guests on libvirt hosts. Without a command, opens the window.").version("Summit 0.1.0");

    private SummitCommand() {
        spec.addOption(OptionSpec.builder("--connect").paramLabel("URI").type(String.class)
                .description("Open the window on this host only (not saved).").build());
        spec.addOption(OptionSpec.builder("--stats-interval").paramLabel("SECONDS").type(double.class).defaultValue("2")
                .description("Seconds between guest statistics samples (default: ${DEFAULT-VALUE}); 0 turns them off.").build());
    }

    @Override
    public Integer call() throws Exception {
        double statsInterval = CodedSpec.<Double>value(spec, "--stats-interval");
        EngineSettings settings = EngineSettings.DEFAULT.withStatsInterval(Duration.ofMillis((long) (statsInterval * 1000)));
        return GuiLauncher.run(CodedSpec.value(spec, "--connect"), settings);
    }

    /** The command line with every verb; exit codes: 0 done, 1 failed, 2 bad usage. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /** The command line for these arguments, with only the verb they name (see VerbCommandLine). */
    public static CommandLine forArguments(String[] args) {
        return VerbCommandLine.forArguments(args);
    }

    /** @param verb the only verb to add; null for every verb */
    static CommandLine commandLine(String verb) {
        VerbCommandLine line = new VerbCommandLine(new SummitCommand().spec, verb);
        line.addSubcommand("list", () -> new CommandLine(new ListCommand().spec()));
        addVerb(line, "start", GuestAction.START, "Start a shut-off guest (restores a saved one).");
        addVerb(line, "shutdown", GuestAction.SHUTDOWN, "Ask the guest to shut down (ACPI).");
        addVerb(line, "reboot", GuestAction.REBOOT, "Ask the guest to reboot.");
        addVerb(line, "destroy", GuestAction.FORCE_OFF, "Force the guest off at once, like pulling the plug.");
        addVerb(line, "suspend", GuestAction.PAUSE, "Pause the guest's CPUs.");
        addVerb(line, "resume", GuestAction.RESUME, "Resume a paused guest.");
        addVerb(line, "save", GuestAction.SAVE, "Save the guest's memory to disk and stop it (managed save).");
        addVerb(line, "restore", GuestAction.RESTORE, "Start a saved guest from its saved memory.");
        line.addSubcommand("delete", new DeleteCommand());
        line.addSubcommand("create", new CreateCommand());
        line.addSubcommand("clone", () -> new CommandLine(new CloneCommand().spec()));
        line.addSubcommand("template", TemplateCommand::commandLine);
        line.addSubcommand("console", new ConsoleCommand());
        line.addSubcommand("connections", ConnectionsCommand::commandLine);
        line.addSubcommand("migrate", () -> new CommandLine(new MigrateCommand().spec()));
        line.addSubcommand("evacuate", () -> new CommandLine(new EvacuateCommand().spec()));
        line.addSubcommand("info", new InfoCommand());
        line.addSubcommand("edit", new EditCommand());
        line.addSubcommand("disk", new DiskCommand());
        line.addSubcommand("cdrom", new CdromCommand());
        line.addSubcommand("nic", new NicCommand());
        line.addSubcommand("boot", new BootCommand());
        line.addSubcommand("rename", new RenameCommand());
        line.addSubcommand("xml", new XmlCommand());
        line.addSubcommand("backup", BackupCommand::commandLine);
        line.addSubcommand("net", new NetCommand());
        line.addSubcommand("snapshot", SnapshotCommand::commandLine);
        line.addSubcommand("pool", new PoolCommand());
        line.addSubcommand("vol", new VolCommand());
        line.addSubcommand("autostart", new AutostartCommand());
        line.addSubcommand("iso", IsoCommand::commandLine);
        line.addSubcommand("tasks", new TasksCommand());
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("summit: " + oneLine(e));
            return 1;
        });
        return line;
    }

    private static void addVerb(VerbCommandLine line, String name, GuestAction action, String description) {
        if (!line.wants(name)) {
            return;
        }
        CommandLine verb = new CommandLine(new GuestVerbCommand(action));
        verb.getCommandSpec().usageMessage().description(description);
        line.addSubcommand(name, verb);
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
