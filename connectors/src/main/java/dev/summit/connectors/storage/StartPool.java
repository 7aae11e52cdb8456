package dev.summit.connectors.storage;

import dev.summit.connectors.host.HostSession;
import java.util.concurrent.CompletableFuture;
import org.libvirt.StoragePool;

/** Starts a stopped pool (mounts it, logs in to its target…); libvirt scans its volumes as it starts. */
public final class StartPool {
    private StartPool() {
    }

    public static CompletableFuture<PoolSummary> run(HostSession host, String name) {
        return host.submit("start pool", name, conn -> {
            StoragePool pool = conn.storagePoolLookupByName(name);
            if (pool.isActive() != 1) {
                pool.create(0);
            }
            return StoragePools.summary(pool);
        });
    }
}
