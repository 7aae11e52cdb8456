package dev.summit.app.cli;

import picocli.CommandLine.Option;

/** The --connect option every verb shares. */
final class HostOption {
    @Option(names = {"-c", "--connect"}, paramLabel = "URI",
            description = "libvirt URI of the host (default: $LIBVIRT_DEFAULT_URI, else the first saved"
                    + " autoconnect host, else qemu:///system when it answers, else the demo host).")
    String uri;
}
