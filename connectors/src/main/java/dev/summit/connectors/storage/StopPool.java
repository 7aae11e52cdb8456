package dev.summit.connectors.storage;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Domain;
import org.libvirt.StoragePool;

/**
 * Stops a pool (unmounts it, logs out of its target). Its volumes stay; refused while a running
 * guest has one open, which would lose its disk under it on a network pool.
 */
public final class StopPool {
    private StopPool() {
    }

    public static CompletableFuture<PoolSummary> run(HostSession host, String name) {
        return host.submit("stop pool", name, conn -> {
            StoragePool pool = conn.storagePoolLookupByName(name);
            if (pool.isActive() != 1) {
                return StoragePools.summary(pool);
            }
            PoolSummary summary = StoragePools.summary(pool);
            List<String> users = VolumeUsers.read(conn).ofPool(name, StoragePools.volumes(conn, name), summary.targetPath());
            List<String> running = new ArrayList<>();
            for (String user : users) {
                Domain domain = conn.domainLookupByName(user);
                if (domain.isActive() == 1) {
                    running.add(user);
                }
            }
            if (!running.isEmpty()) {
                throw new HostOperationException("Could not stop pool '" + name + "': running "
                        + VolumeUsers.guests(running) + " use" + (running.size() == 1 ? "s" : "") + " its volumes.");
            }
            pool.destroy();
            return StoragePools.summary(pool);
        });
    }
}
