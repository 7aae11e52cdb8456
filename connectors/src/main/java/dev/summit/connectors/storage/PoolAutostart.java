package dev.summit.connectors.storage;

import dev.summit.connectors.host.HostSession;
import java.util.concurrent.CompletableFuture;
import org.libvirt.StoragePool;

/** Whether a pool starts with the host. */
public final class PoolAutostart {
    private PoolAutostart() {
    }

    public static CompletableFuture<PoolSummary> set(HostSession host, String name, boolean autostart) {
        return host.submit(autostart ? "set autostart of pool" : "clear autostart of pool", name, conn -> {
            StoragePool pool = conn.storagePoolLookupByName(name);
            pool.setAutostart(autostart ? 1 : 0);
            return StoragePools.summary(pool);
        });
    }
}
