package dev.summit.app.cli;

import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** The --connect option every verb shares. */
final class HostOption {
    private static final String DESCRIPTION = "libvirt URI of the host (default: $LIBVIRT_DEFAULT_URI, else the first"
            + " saved autoconnect host, else qemu:///system when it answers, else the demo host).";

    @Option(names = {"-c", "--connect"}, paramLabel = "URI", description = DESCRIPTION)
    String uri;

    /** The same option for a command whose model is built by code (CodedSpec). */
    static OptionSpec coded() {
        return OptionSpec.builder("-c", "--connect").paramLabel("URI").type(String.class).description(DESCRIPTION).build();
    }
}
