package dev.summit.connectors.migrate;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The guests this process is moving right now, so a second migration of the same guest is refused
 * with a plain sentence instead of racing the first. (A second process is stopped by libvirt's own
 * job lock; the precheck reports that case too.) One instance per application.
 */
public final class GuestsInMigration {
    private final Set<String> moving = ConcurrentHashMap.newKeySet();

    /** @return false when the guest is already being moved */
    boolean claim(String uuid) {
        return moving.add(uuid);
    }

    void release(String uuid) {
        moving.remove(uuid);
    }

    public boolean isMoving(String uuid) {
        return moving.contains(uuid);
    }
}
