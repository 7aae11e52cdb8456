package dev.summit.app.cli;

import dev.summit.connectors.migrate.MigrationLimits;
import dev.summit.connectors.migrate.MigrationMode;
import dev.summit.connectors.migrate.MigrationOption;
import dev.summit.connectors.migrate.MigrationRequest;
import dev.summit.connectors.migrate.StorageCopy;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options `summit migrate` and `summit evacuate` share, added to a command built by code
 * (CodedSpec); each becomes a field of a MigrationRequest.
 */
final class MigrationOptions {
    /** Start even with red lines that may be overridden; the verb hands it to the move, not the request. */
    static final String OVERRIDE = "--override";

    private MigrationOptions() {
    }

    static void addTo(CommandSpec spec) {
        // A group with a heading of its own: the help lists the three modes once, under it.
        spec.addArgGroup(ArgGroupSpec.builder().exclusive(true).multiplicity("0..1")
                .heading("How the guest moves (one of them):%n")
                .addArg(CodedSpec.flag("--live", "Keep the guest running while it moves (default)."))
                .addArg(CodedSpec.flag("--paused", "Pause the guest for the copy; it resumes on arrival."))
                .addArg(CodedSpec.flag("--offline", "Move only the definition of a shut-off guest."))
                .build());
        spec.addOption(OptionSpec.builder("--copy-storage").paramLabel("all|inc").type(String.class)
                .description("Copy local disks: all = whole images, inc = only the top layer onto images already there.")
                .build());
        spec.addOption(OptionSpec.builder("--bandwidth").paramLabel("MiB/s").type(long.class).defaultValue("0")
                .description("Cap the copy at this many MiB per second.").build());
        spec.addOption(OptionSpec.builder("--max-downtime").paramLabel("ms").type(long.class).defaultValue("0")
                .description("Longest pause allowed for the final switch.").build());
        spec.addOption(CodedSpec.flag("--auto-converge",
                "Slow the guest's CPUs down if its memory changes faster than it can be copied."));
        spec.addOption(CodedSpec.flag("--postcopy", "Switch to post-copy (run on the destination, fetch the rest on"
                + " demand) if the copy does not converge."));
        spec.addOption(CodedSpec.flag("--compressed", "Compress memory pages that were sent before."));
        spec.addOption(CodedSpec.flag("--p2p",
                "Let the source host talk to the destination itself (the URI must work from there)."));
        spec.addOption(CodedSpec.flag("--tunnelled", "Send the data through the libvirt connection (implies --p2p)."));
        spec.addOption(CodedSpec.flag("--keep-source", "Keep the guest's definition on the source (shut off there)."));
        spec.addOption(CodedSpec.flag("--transient", "Do not define the guest on the destination; it only runs there."));
        spec.addOption(CodedSpec.flag("--keep-paused", "Leave the guest paused on arrival."));
        spec.addOption(CodedSpec.flag("--unsafe",
                "Override: let libvirt skip its storage safety checks (risky: see README)."));
        spec.addOption(CodedSpec.flag(OVERRIDE,
                "Start even with red precheck lines that may be overridden (e.g. too little free memory)."));
    }

    /** The request the parsed options describe. */
    static MigrationRequest request(CommandSpec spec, String sourceUri, String uuid, String destinationUri) {
        MigrationMode chosen = CodedSpec.given(spec, "--offline") ? MigrationMode.OFFLINE
                : CodedSpec.given(spec, "--paused") ? MigrationMode.PAUSED : MigrationMode.LIVE;
        boolean tunnelled = CodedSpec.given(spec, "--tunnelled");
        long bandwidth = CodedSpec.<Long>value(spec, "--bandwidth");
        long maxDowntime = CodedSpec.<Long>value(spec, "--max-downtime");
        return MigrationRequest.live(sourceUri, uuid, destinationUri).withMode(chosen)
                .withStorage(storage(CodedSpec.value(spec, "--copy-storage")))
                .with(MigrationOption.KEEP_SOURCE, CodedSpec.given(spec, "--keep-source"))
                .with(MigrationOption.PERSISTENT, !CodedSpec.given(spec, "--transient"))
                .with(MigrationOption.KEEP_PAUSED, CodedSpec.given(spec, "--keep-paused"))
                .with(MigrationOption.AUTO_CONVERGE, CodedSpec.given(spec, "--auto-converge"))
                .with(MigrationOption.POST_COPY, CodedSpec.given(spec, "--postcopy"))
                .with(MigrationOption.COMPRESSED, CodedSpec.given(spec, "--compressed"))
                .with(MigrationOption.PEER_TO_PEER, CodedSpec.given(spec, "--p2p") || tunnelled)
                .with(MigrationOption.TUNNELLED, tunnelled)
                .with(MigrationOption.UNSAFE, CodedSpec.given(spec, "--unsafe"))
                .withLimits(new MigrationLimits(bandwidth, maxDowntime));
    }

    private static StorageCopy storage(String copyStorage) {
        if (copyStorage == null) {
            return StorageCopy.SHARED;
        }
        return switch (copyStorage) {
            case "all" -> StorageCopy.ALL;
            case "inc" -> StorageCopy.INCREMENTAL;
            default -> throw new IllegalArgumentException("--copy-storage takes all or inc, not '" + copyStorage + "'");
        };
    }
}
