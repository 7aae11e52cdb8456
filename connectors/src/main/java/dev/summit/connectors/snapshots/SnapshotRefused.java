package dev.summit.connectors.snapshots;

import dev.summit.connectors.host.HostOperationException;

/** A snapshot action Summit will not take, with the reason; thrown before anything is changed. */
public final class SnapshotRefused extends HostOperationException {
    public SnapshotRefused(String message) {
        super(message);
    }
}
