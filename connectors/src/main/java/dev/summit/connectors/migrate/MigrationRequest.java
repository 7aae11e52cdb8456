package dev.summit.connectors.migrate;

import dev.summit.connectors.host.LibvirtFlags.Migrate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the admin chose. {@code destinationUri} is used both by Summit to reach the
 * destination and, for peer-to-peer, by the source daemon: it must work from both places.
 * Start from {@link #live} and change what differs: {@code live(a, uuid, b).with(KEEP_SOURCE, true)}.
 */
public record MigrationRequest(String sourceUri, String guestUuid, String destinationUri, MigrationMode mode,
                               StorageCopy storage, Set<MigrationOption> options, MigrationLimits limits) {
    public MigrationRequest {
        Objects.requireNonNull(sourceUri, "sourceUri");
        Objects.requireNonNull(guestUuid, "guestUuid");
        Objects.requireNonNull(destinationUri, "destinationUri");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(storage, "storage");
        options = Collections.unmodifiableSet(options.isEmpty() ? EnumSet.noneOf(MigrationOption.class) : EnumSet.copyOf(options));
        Objects.requireNonNull(limits, "limits");
    }

    /** A live move onto shared storage that keeps nothing behind: what a drag onto another host means. */
    public static MigrationRequest live(String sourceUri, String guestUuid, String destinationUri) {
        return new MigrationRequest(sourceUri, guestUuid, destinationUri, MigrationMode.LIVE, StorageCopy.SHARED,
                EnumSet.of(MigrationOption.PERSISTENT), MigrationLimits.NONE);
    }

    public MigrationRequest withMode(MigrationMode newMode) {
        return new MigrationRequest(sourceUri, guestUuid, destinationUri, newMode, storage, options, limits);
    }

    public MigrationRequest withStorage(StorageCopy newStorage) {
        return new MigrationRequest(sourceUri, guestUuid, destinationUri, mode, newStorage, options, limits);
    }

    public MigrationRequest withGuest(String uuid) {
        return new MigrationRequest(sourceUri, uuid, destinationUri, mode, storage, options, limits);
    }

    public MigrationRequest withLimits(MigrationLimits newLimits) {
        return new MigrationRequest(sourceUri, guestUuid, destinationUri, mode, storage, options, newLimits);
    }

    /** This request with the option switched on or off. */
    public MigrationRequest with(MigrationOption option, boolean on) {
        EnumSet<MigrationOption> changed = options.isEmpty() ? EnumSet.noneOf(MigrationOption.class) : EnumSet.copyOf(options);
        if (on) {
            changed.add(option);
        } else {
            changed.remove(option);
        }
        return new MigrationRequest(sourceUri, guestUuid, destinationUri, mode, storage, changed, limits);
    }

    public boolean has(MigrationOption option) {
        return options.contains(option);
    }

    public long bandwidthMiBs() {
        return limits.bandwidthMiBs();
    }

    public long maxDowntimeMs() {
        return limits.maxDowntimeMs();
    }

    /** The virDomainMigrateFlags bits for this request. */
    int flags() {
        int flags = 0;
        if (mode == MigrationMode.LIVE) {
            flags |= Migrate.LIVE;
        }
        if (mode == MigrationMode.OFFLINE) {
            flags |= Migrate.OFFLINE | Migrate.PERSIST_DEST;
        }
        if (has(MigrationOption.PEER_TO_PEER) || has(MigrationOption.TUNNELLED)) {
            flags |= Migrate.PEER2PEER;
        }
        if (has(MigrationOption.TUNNELLED)) {
            flags |= Migrate.TUNNELLED;
        }
        if (has(MigrationOption.PERSISTENT)) {
            flags |= Migrate.PERSIST_DEST;
        }
        if (!has(MigrationOption.KEEP_SOURCE)) {
            flags |= Migrate.UNDEFINE_SOURCE;
        }
        if (has(MigrationOption.KEEP_PAUSED) && mode != MigrationMode.OFFLINE) {
            flags |= Migrate.PAUSED;
        }
        if (mode != MigrationMode.OFFLINE) {
            if (storage == StorageCopy.ALL) {
                flags |= Migrate.NON_SHARED_DISK;
            } else if (storage == StorageCopy.INCREMENTAL) {
                flags |= Migrate.NON_SHARED_INC;
            }
            if (has(MigrationOption.COMPRESSED)) {
                flags |= Migrate.COMPRESSED;
            }
            if (has(MigrationOption.AUTO_CONVERGE)) {
                flags |= Migrate.AUTO_CONVERGE;
            }
            if (has(MigrationOption.POST_COPY)) {
                flags |= Migrate.POSTCOPY;
            }
            flags |= Migrate.ABORT_ON_ERROR;
        }
        if (has(MigrationOption.UNSAFE)) {
            flags |= Migrate.UNSAFE;
        }
        return flags;
    }
}
