package dev.summit.connectors.migrate;

import dev.summit.connectors.host.LibvirtFlags.Migrate;
import java.util.Objects;

/**
 * Everything the admin chose. {@code destinationUri} is used both by Summit to reach the
 * destination and, for peer-to-peer, by the source daemon: it must work from both places.
 *
 * @param keepSource      keep the guest's definition on the source (shut off there afterwards)
 * @param persistent      define the guest on the destination, not only run it there
 * @param keepPaused      leave the guest paused on arrival
 * @param bandwidthMiBs   cap on the copy, MiB/s; 0 = no cap
 * @param maxDowntimeMs   longest pause allowed for the final switch; 0 = libvirt's default
 * @param unsafe          the admin's override: libvirt skips its own storage safety checks
 */
public record MigrationRequest(String sourceUri, String guestUuid, String destinationUri, MigrationMode mode,
                               StorageCopy storage, boolean keepSource, boolean persistent, boolean keepPaused,
                               long bandwidthMiBs, long maxDowntimeMs, boolean autoConverge, boolean postCopy,
                               boolean compressed, boolean peerToPeer, boolean tunnelled, boolean unsafe) {
    public MigrationRequest {
        Objects.requireNonNull(sourceUri, "sourceUri");
        Objects.requireNonNull(guestUuid, "guestUuid");
        Objects.requireNonNull(destinationUri, "destinationUri");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(storage, "storage");
    }

    /** A live move onto shared storage that keeps nothing behind: what a drag onto another host means. */
    public static MigrationRequest live(String sourceUri, String guestUuid, String destinationUri) {
        return new MigrationRequest(sourceUri, guestUuid, destinationUri, MigrationMode.LIVE, StorageCopy.SHARED,
                false, true, false, 0, 0, false, false, false, false, false, false);
    }

    public MigrationRequest withMode(MigrationMode newMode) {
        return new MigrationRequest(sourceUri, guestUuid, destinationUri, newMode, storage, keepSource, persistent,
                keepPaused, bandwidthMiBs, maxDowntimeMs, autoConverge, postCopy, compressed, peerToPeer, tunnelled,
                unsafe);
    }

    public MigrationRequest withStorage(StorageCopy newStorage) {
        return new MigrationRequest(sourceUri, guestUuid, destinationUri, mode, newStorage, keepSource, persistent,
                keepPaused, bandwidthMiBs, maxDowntimeMs, autoConverge, postCopy, compressed, peerToPeer, tunnelled,
                unsafe);
    }

    public MigrationRequest withGuest(String uuid) {
        return new MigrationRequest(sourceUri, uuid, destinationUri, mode, storage, keepSource, persistent,
                keepPaused, bandwidthMiBs, maxDowntimeMs, autoConverge, postCopy, compressed, peerToPeer, tunnelled,
                unsafe);
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
        if (peerToPeer || tunnelled) {
            flags |= Migrate.PEER2PEER;
        }
        if (tunnelled) {
            flags |= Migrate.TUNNELLED;
        }
        if (persistent) {
            flags |= Migrate.PERSIST_DEST;
        }
        if (!keepSource) {
            flags |= Migrate.UNDEFINE_SOURCE;
        }
        if (keepPaused && mode != MigrationMode.OFFLINE) {
            flags |= Migrate.PAUSED;
        }
        if (mode != MigrationMode.OFFLINE) {
            if (storage == StorageCopy.ALL) {
                flags |= Migrate.NON_SHARED_DISK;
            } else if (storage == StorageCopy.INCREMENTAL) {
                flags |= Migrate.NON_SHARED_INC;
            }
            if (compressed) {
                flags |= Migrate.COMPRESSED;
            }
            if (autoConverge) {
                flags |= Migrate.AUTO_CONVERGE;
            }
            if (postCopy) {
                flags |= Migrate.POSTCOPY;
            }
            flags |= Migrate.ABORT_ON_ERROR;
        }
        if (unsafe) {
            flags |= Migrate.UNSAFE;
        }
        return flags;
    }
}
