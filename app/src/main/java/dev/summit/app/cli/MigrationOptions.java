package dev.summit.app.cli;

import dev.summit.connectors.migrate.MigrationLimits;
import dev.summit.connectors.migrate.MigrationMode;
import dev.summit.connectors.migrate.MigrationOption;
import dev.summit.connectors.migrate.MigrationRequest;
import dev.summit.connectors.migrate.StorageCopy;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The options `summit migrate` and `summit evacuate` share; each becomes a field of a MigrationRequest. */
final class MigrationOptions {
    static final class Mode {
        @Option(names = "--live", description = "Keep the guest running while it moves (default).")
        boolean live;
        @Option(names = "--paused", description = "Pause the guest for the copy; it resumes on arrival.")
        boolean paused;
        @Option(names = "--offline", description = "Move only the definition of a shut-off guest.")
        boolean offline;
    }

    // A heading of its own: without one, picocli lists a mixin's group options twice in the help.
    @ArgGroup(exclusive = true, heading = "How the guest moves (one of them):%n")
    Mode mode = new Mode();

    @Option(names = "--copy-storage", paramLabel = "all|inc",
            description = "Copy local disks: all = whole images, inc = only the top layer onto images already there.")
    String copyStorage;

    @Option(names = "--bandwidth", paramLabel = "MiB/s", description = "Cap the copy at this many MiB per second.")
    long bandwidth;

    @Option(names = "--max-downtime", paramLabel = "ms", description = "Longest pause allowed for the final switch.")
    long maxDowntime;

    @Option(names = "--auto-converge", description = "Slow the guest's CPUs down if its memory changes faster than it can be copied.")
    boolean autoConverge;

    @Option(names = "--postcopy", description = "Switch to post-copy (run on the destination, fetch the rest on demand) if the copy does not converge.")
    boolean postCopy;

    @Option(names = "--compressed", description = "Compress memory pages that were sent before.")
    boolean compressed;

    @Option(names = "--p2p", description = "Let the source host talk to the destination itself (the URI must work from there).")
    boolean p2p;

    @Option(names = "--tunnelled", description = "Send the data through the libvirt connection (implies --p2p).")
    boolean tunnelled;

    @Option(names = "--keep-source", description = "Keep the guest's definition on the source (shut off there).")
    boolean keepSource;

    @Option(names = "--transient", description = "Do not define the guest on the destination; it only runs there.")
    boolean transientOnly;

    @Option(names = "--keep-paused", description = "Leave the guest paused on arrival.")
    boolean keepPaused;

    @Option(names = "--unsafe", description = "Override: let libvirt skip its storage safety checks (risky: see README).")
    boolean unsafe;

    @Option(names = "--override", description = "Start even with red precheck lines that may be overridden (e.g. too little free memory).")
    boolean override;

    MigrationRequest request(String sourceUri, String uuid, String destinationUri) {
        MigrationMode chosen = mode.offline ? MigrationMode.OFFLINE : mode.paused ? MigrationMode.PAUSED : MigrationMode.LIVE;
        return MigrationRequest.live(sourceUri, uuid, destinationUri).withMode(chosen).withStorage(storage())
                .with(MigrationOption.KEEP_SOURCE, keepSource).with(MigrationOption.PERSISTENT, !transientOnly)
                .with(MigrationOption.KEEP_PAUSED, keepPaused).with(MigrationOption.AUTO_CONVERGE, autoConverge)
                .with(MigrationOption.POST_COPY, postCopy).with(MigrationOption.COMPRESSED, compressed)
                .with(MigrationOption.PEER_TO_PEER, p2p || tunnelled).with(MigrationOption.TUNNELLED, tunnelled)
                .with(MigrationOption.UNSAFE, unsafe).withLimits(new MigrationLimits(bandwidth, maxDowntime));
    }

    private StorageCopy storage() {
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
