package dev.summit.app.cli;

import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.jna.QuickListing;
import dev.summit.connectors.migrate.Migration;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Summit's root command line with the model of only the verb a run asks for. Picocli builds a
 * verb's model by reflection over its annotations when the verb is added; for all of them that was
 * most of a verb's start (the JVM cannot keep picocli's Java 5 class files in its AOT cache, so
 * they are loaded and verified afresh each run). The window's options and {@code --version} need no
 * verb; {@code --help} and a word that is no verb get them all (picocli lists them and suggests
 * the nearest).
 */
final class VerbCommandLine extends CommandLine {
    private final String verb;

    /** @param verb the one verb to build; null for every verb, "" for none */
    VerbCommandLine(Object root, String verb) {
        super(root);
        this.verb = verb;
    }

    /** The command line for these arguments: the verb they name, or every verb when in doubt. */
    static CommandLine forArguments(String[] args) {
        String first = args.length == 0 ? "" : args[0];
        if (first.startsWith("-")) {
            boolean help = List.of(args).contains("--help") || List.of(args).contains("-h");
            return SummitCommand.commandLine(help ? null : "");
        }
        // Nearly every verb opens a host: libvirt-java loads on the other core while picocli works
        // here. summit list reads its host without it, through its own binding, loaded the same way.
        // A verb that connects first and names its host also connects there (EarlyHost).
        // A migration works through our own bindings only (Migration), so it loads those instead.
        if (first.equals("list")) {
            QuickListing.preload();
        } else if (first.equals("migrate") || first.equals("evacuate")) {
            Migration.preload();
        } else if (!EarlyHost.begin(args)) {
            HostEngine.preload();
        }
        CommandLine line = SummitCommand.commandLine(first);
        return line.getSubcommands().containsKey(first) ? line : SummitCommand.commandLine(null);
    }

    @Override
    public int execute(String... args) {
        int code = super.execute(args);
        VerbTraining.runTrainingVerbs();
        return code;
    }

    boolean wants(String name) {
        return verb == null || verb.equals(name);
    }

    @Override
    public CommandLine addSubcommand(String name, Object command) {
        return wants(name) ? super.addSubcommand(name, command) : this;
    }

    /** For verbs with verbs of their own, built only when wanted. */
    CommandLine addSubcommand(String name, Supplier<CommandLine> command) {
        return wants(name) ? super.addSubcommand(name, command.get()) : this;
    }
}
