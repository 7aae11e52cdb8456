package dev.summit.app.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Commands whose picocli model is built by code instead of read from annotations: the root and the
 * hottest verbs. Reading annotations costs picocli reflection and the JVM a proxy class per
 * annotation type, generated afresh every run (no AOT cache holds them); for {@code summit list}
 * that was a third of its run. The usage help reads as the annotated commands' does.
 */
final class CodedSpec {
    private CodedSpec() {
    }

    /** A command with picocli's standard {@code -h/--help} and {@code -V/--version}, as mixinStandardHelpOptions gives. */
    static CommandSpec command(Object userObject, String name, String description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(userObject).name(name);
        spec.usageMessage().description(description);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }

    /** An option without a value. */
    static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).type(boolean.class).arity("0").description(description).build();
    }

    /** The option's parsed value, or null when it was not given and has no default. */
    static <T> T value(CommandSpec spec, String option) {
        return spec.findOption(option).getValue();
    }

    static boolean given(CommandSpec spec, String flag) {
        return Boolean.TRUE.equals(value(spec, flag));
    }
}
