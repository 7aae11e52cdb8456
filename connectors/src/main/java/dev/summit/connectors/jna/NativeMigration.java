package dev.summit.connectors.jna;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.Map;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * virDomainMigrate3, virDomainMigrateToURI3, virDomainGetJobStats, virDomainAbortJob and
 * virDomainMigrateStartPostCopy on a guest found by UUID. Each call looks the guest up afresh, so
 * any thread may call (libvirt connections are thread-safe): the job statistics are read from one
 * thread while another is blocked in the migration call on the same connection.
 */
public final class NativeMigration {
    private NativeMigration() {
    }

    /** Binds the migration calls now rather than at the move's first one. */
    static void load() {
        MigrationLib.LIB.hashCode();
    }

    /** What {@code virDomainGetJobStats} returned: the job type and its named figures. */
    public record JobStats(int type, Map<String, Object> fields) {
        public static final int NONE = 0;
        public static final int COMPLETED = 3;
        public static final int FAILED = 4;
        public static final int CANCELLED = 5;

        public long number(String name) {
            Object value = fields.get(name);
            return value instanceof Number n ? n.longValue() : -1;
        }
    }

    /** Managed migration; the client (this process) drives both daemons. */
    public static void migrate(NativeHandle source, String uuid, NativeHandle destination, MigrationParams params,
                               int flags)
            throws LibvirtException {
        Pointer dconn = destination.pointer();
        withDomain(source, uuid, "virDomainMigrate3", domain -> {
            Pointer moved = MigrationLib.LIB.virDomainMigrate3(domain, dconn, params.pointer(), params.count(), flags);
            if (moved == null) {
                throw NativeErrors.lastError("virDomainMigrate3");
            }
            MigrationLib.LIB.virDomainFree(moved);
            return null;
        });
    }

    /** Peer-to-peer: the source daemon opens {@code destinationUri} itself. */
    public static void migrateToUri(NativeHandle source, String uuid, String destinationUri, MigrationParams params,
                                    int flags) throws LibvirtException {
        withDomain(source, uuid, "virDomainMigrateToURI3", domain -> {
            if (MigrationLib.LIB.virDomainMigrateToURI3(domain, destinationUri, params.pointer(), params.count(),
                    flags) < 0) {
                throw NativeErrors.lastError("virDomainMigrateToURI3");
            }
            return null;
        });
    }

    /** @param completed the last finished job's figures (kept by the daemon) instead of the running one's */
    public static JobStats jobStats(Connect conn, String uuid, boolean completed) throws LibvirtException {
        return jobStats(NativeDomain.handle(conn), uuid, completed);
    }

    /** @param completed the last finished job's figures (kept by the daemon) instead of the running one's */
    public static JobStats jobStats(NativeHandle conn, String uuid, boolean completed) throws LibvirtException {
        return withDomain(conn, uuid, "virDomainGetJobStats", domain -> {
            IntByReference type = new IntByReference();
            PointerByReference params = new PointerByReference();
            IntByReference count = new IntByReference();
            if (MigrationLib.LIB.virDomainGetJobStats(domain, type, params, count,
                    completed ? MigrationLib.JOB_STATS_COMPLETED : 0) < 0) {
                throw NativeErrors.lastError("virDomainGetJobStats");
            }
            try {
                Map<String, Object> fields = params.getValue() == null ? Map.of()
                        : TypedParameters.read(params.getValue(), count.getValue());
                return new JobStats(type.getValue(), fields);
            } finally {
                if (params.getValue() != null) {
                    MigrationLib.LIB.virTypedParamsFree(params.getValue(), count.getValue());
                }
            }
        });
    }

    public static void abortJob(Connect conn, String uuid) throws LibvirtException {
        abortJob(NativeDomain.handle(conn), uuid);
    }

    public static void abortJob(NativeHandle conn, String uuid) throws LibvirtException {
        withDomain(conn, uuid, "virDomainAbortJob", domain -> {
            if (MigrationLib.LIB.virDomainAbortJob(domain) < 0) {
                throw NativeErrors.lastError("virDomainAbortJob");
            }
            return null;
        });
    }

    /** Switches a running migration started with the POSTCOPY flag from pre-copy to post-copy. */
    public static void startPostCopy(NativeHandle conn, String uuid) throws LibvirtException {
        withDomain(conn, uuid, "virDomainMigrateStartPostCopy", domain -> {
            if (MigrationLib.LIB.virDomainMigrateStartPostCopy(domain, 0) < 0) {
                throw NativeErrors.lastError("virDomainMigrateStartPostCopy");
            }
            return null;
        });
    }

    /** The longest pause the guest's QEMU now allows for a migration's switch-over, ms. */
    public static long maxDowntime(NativeHandle conn, String uuid) throws LibvirtException {
        return withDomain(conn, uuid, "virDomainMigrateGetMaxDowntime", domain -> {
            com.sun.jna.ptr.LongByReference downtime = new com.sun.jna.ptr.LongByReference();
            if (MigrationLib.LIB.virDomainMigrateGetMaxDowntime(domain, downtime, 0) < 0) {
                throw NativeErrors.lastError("virDomainMigrateGetMaxDowntime");
            }
            return downtime.getValue();
        });
    }

    private static <T> T withDomain(NativeHandle conn, String uuid, String what, NativeDomain.Call<T> call)
            throws LibvirtException {
        return NativeDomain.with(conn, uuid, what, call);
    }
}
