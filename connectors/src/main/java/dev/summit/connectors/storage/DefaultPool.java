package dev.summit.connectors.storage;

import java.util.List;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;

/**
 * The pool named "default", which a new libvirt host lacks until a tool makes it. Like virt-install
 * and virt-manager, Summit makes it when a new disk needs a home: a directory pool at
 * /var/lib/libvirt/images (~/.local/share/libvirt/images on a session daemon), autostarted.
 */
public final class DefaultPool {
    public static final String NAME = "default";
    public static final String SYSTEM_DIRECTORY = "/var/lib/libvirt/images";

    /**
     * @param pool    the pool, running
     * @param created true when Summit just made it (the caller says so to the user)
     */
    public record Ensured(PoolSummary pool, boolean created) {
        /** "Made storage pool 'default' at /var/lib/libvirt/images (started at boot)." */
        public String sentence() {
            return "Made storage pool '" + NAME + "' at " + pool.targetPath() + " (started when the host boots).";
        }
    }

    private DefaultPool() {
    }

    /** Where the pool goes on this connection's daemon. */
    public static String directoryFor(Connect conn) throws LibvirtException {
        String uri = conn.getURI();
        if (uri != null && uri.contains("/session")) {
            return System.getProperty("user.home") + "/.local/share/libvirt/images";
        }
        return SYSTEM_DIRECTORY;
    }

    /** True when the host has a pool of that name, running or not. */
    public static boolean exists(Connect conn) throws LibvirtException {
        return List.of(conn.listStoragePools()).contains(NAME) || List.of(conn.listDefinedStoragePools()).contains(NAME);
    }

    /** The default pool, started if it was stopped, made if it was missing. */
    public static Ensured ensure(Connect conn) throws LibvirtException {
        if (exists(conn)) {
            StoragePool pool = conn.storagePoolLookupByName(NAME);
            if (pool.isActive() != 1) {
                pool.create(0);
            }
            return new Ensured(StoragePools.pool(conn, NAME), false);
        }
        StoragePools.createDirectoryPool(conn, NAME, directoryFor(conn));
        return new Ensured(StoragePools.pool(conn, NAME), true);
    }
}
