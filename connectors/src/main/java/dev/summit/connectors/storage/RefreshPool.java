package dev.summit.connectors.storage;

import dev.summit.connectors.host.HostSession;
import java.util.concurrent.CompletableFuture;

/** Rescans a running pool: files copied into its directory by hand appear, sizes are read again. */
public final class RefreshPool {
    private RefreshPool() {
    }

    public static CompletableFuture<PoolSummary> run(HostSession host, String name) {
        return host.submit("refresh pool", name, conn -> {
            var pool = conn.storagePoolLookupByName(name);
            pool.refresh(0);
            return StoragePools.summary(pool);
        });
    }
}
