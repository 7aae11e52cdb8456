package dev.summit.connectors.storage;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;

/**
 * Removes a pool's definition; refused while any guest uses one of its volumes, naming them. The
 * directory (or volume group) goes too only when Summit made it ({@link PoolXml#madeBySummit}) and
 * it holds nothing: other people's directories and any data are never deleted.
 */
public final class DeletePool {
    /** What happened to the pool's storage, for the sentence after the fact. */
    public record Outcome(String pool, String target, boolean storageRemoved, String why) {
        public String describe() {
            return "Deleted pool '" + pool + "'" + (target == null ? "." : storageRemoved ? " and removed " + target + "."
                    : "; " + target + " stays (" + why + ").");
        }
    }

    private DeletePool() {
    }

    public static CompletableFuture<Outcome> run(HostSession host, String name) {
        return host.submit("delete pool", name, conn -> delete(conn, name));
    }

    private static Outcome delete(Connect conn, String name) throws LibvirtException {
        StoragePool pool = conn.storagePoolLookupByName(name);
        PoolSummary summary = StoragePools.summary(pool);
        boolean wasActive = summary.active();
        List<VolumeSummary> volumes = wasActive ? StoragePools.volumes(conn, name) : List.of();
        List<String> users = VolumeUsers.read(conn).ofPool(name, volumes, summary.targetPath());
        if (!users.isEmpty()) {
            throw new HostOperationException("Could not delete pool '" + name + "': " + VolumeUsers.guests(users)
                    + (users.size() == 1 ? " uses" : " use") + " its volumes.");
        }
        boolean ours = PoolXml.madeBySummit(name, String.valueOf(summary.targetPath())).toString().equals(pool.getUUIDString());
        String why = ours ? null : "Summit did not make it";
        if (ours && !wasActive) {
            try {
                pool.create(0);
                volumes = StoragePools.volumes(conn, name);
            } catch (LibvirtException e) {
                why = "it could not be looked into";
                ours = false;
            }
        }
        if (ours && !volumes.isEmpty()) {
            why = "it holds " + volumes.size() + (volumes.size() == 1 ? " volume" : " volumes");
            ours = false;
        }
        if (pool.isActive() == 1) {
            pool.destroy();
        }
        boolean removed = false;
        if (ours) {
            try {
                pool.delete(0);
                removed = true;
            } catch (LibvirtException e) {
                why = "it could not be removed: " + dev.summit.connectors.host.LibvirtFailure.reason(e);
            }
        }
        if (pool.isPersistent() == 1) {
            pool.undefine();
        }
        boolean ownStorage = PoolType.parse(summary.type()).map(t -> t.hasTargetDirectory() || t == PoolType.LOGICAL)
                .orElse(false);
        return new Outcome(name, ownStorage ? summary.targetPath() : null, removed, why);
    }
}
