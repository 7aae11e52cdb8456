package dev.summit.connectors.jna;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import dev.summit.connectors.host.LibvirtFlags.StatsTypes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.libvirt.LibvirtException;

/**
 * {@code virConnectGetAllDomainStats}: every guest's counters in one round trip, where libvirt-java
 * would need several calls per guest. Call it on the thread that owns the connection.
 */
public final class BulkDomainStats {
    /** VIR_UUID_STRING_BUFLEN: 36 characters and the NUL. */
    private static final int UUID_BUFFER = 37;

    /** virDomainStatsRecord is {virDomainPtr dom; virTypedParameterPtr params; int nparams}. */
    private static final int PARAMS_OFFSET = Native.POINTER_SIZE;
    private static final int NPARAMS_OFFSET = 2 * Native.POINTER_SIZE;

    private BulkDomainStats() {
    }

    /**
     * One call for every guest, active and inactive (flags 0). Groups the driver does not support
     * are left out silently rather than failing the call. The native list is freed before this
     * returns, also when reading it fails.
     *
     * @param statsGroups a combination of {@link StatsTypes} bits
     * @throws LibvirtException with libvirt's own error when the call fails
     */
    public static List<DomainStatsRecord> fetch(StatsConnect conn, int statsGroups) throws LibvirtException {
        Objects.requireNonNull(conn, "conn");
        PointerByReference out = new PointerByReference();
        int count = Virt.LIB.virConnectGetAllDomainStats(conn.pointer(), statsGroups, out, 0);
        if (count < 0) {
            throw NativeErrors.lastError("virConnectGetAllDomainStats");
        }
        Pointer list = out.getValue();
        if (list == null) {
            return List.of();
        }
        try {
            List<DomainStatsRecord> records = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                records.add(read(list.getPointer((long) i * Native.POINTER_SIZE)));
            }
            return List.copyOf(records);
        } finally {
            Virt.LIB.virDomainStatsRecordListFree(list);
        }
    }

    private static DomainStatsRecord read(Pointer record) throws LibvirtException {
        Pointer domain = record.getPointer(0);
        String name = Virt.LIB.virDomainGetName(domain);
        if (name == null) {
            throw NativeErrors.lastError("virDomainGetName");
        }
        byte[] uuid = new byte[UUID_BUFFER];
        if (Virt.LIB.virDomainGetUUIDString(domain, uuid) < 0) {
            throw NativeErrors.lastError("virDomainGetUUIDString");
        }
        int nparams = record.getInt(NPARAMS_OFFSET);
        Pointer params = record.getPointer(PARAMS_OFFSET);
        return new DomainStatsRecord(Native.toString(uuid, StandardCharsets.US_ASCII), name,
                params == null || nparams <= 0 ? Map.of() : TypedParameters.read(params, nparams));
    }
}
