package dev.summit.connectors.jna;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.util.LinkedHashMap;
import java.util.Map;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * The host's own CPU times and memory figures ({@code virNodeGetCPUStats}, {@code virNodeGetMemoryStats}),
 * which libvirt-java 0.5.4 does not bind: what a remote host's Overview graphs need without a shell on it.
 */
public final class NodeStats {
    private interface Lib extends Library {
        Lib LIB = Native.load("virt", Lib.class);

        int virNodeGetCPUStats(Pointer conn, int cpuNum, Pointer params, IntByReference nparams, int flags);

        int virNodeGetMemoryStats(Pointer conn, int cellNum, Pointer params, IntByReference nparams, int flags);
    }

    /** VIR_NODE_CPU_STATS_ALL_CPUS and VIR_NODE_MEMORY_STATS_ALL_CELLS. */
    private static final int ALL = -1;
    /** struct { char field[80]; unsigned long long value; }. */
    private static final int FIELD_LENGTH = 80;
    private static final int ENTRY = FIELD_LENGTH + 8;

    private NodeStats() {
    }

    /** Nanoseconds spent, summed over every CPU: "kernel", "user", "idle", "iowait". */
    public static Map<String, Long> cpuTimes(Connect conn) throws LibvirtException {
        Pointer raw = pointer(conn);
        return read(params -> Lib.LIB.virNodeGetCPUStats(raw, ALL, params.pointer, params.count, 0), "virNodeGetCPUStats");
    }

    /** KiB over every NUMA cell: "total", "free", "buffers", "cached". */
    public static Map<String, Long> memoryKiB(Connect conn) throws LibvirtException {
        Pointer raw = pointer(conn);
        return read(params -> Lib.LIB.virNodeGetMemoryStats(raw, ALL, params.pointer, params.count, 0),
                "virNodeGetMemoryStats");
    }

    private record Params(Pointer pointer, IntByReference count) {
    }

    private interface Call {
        int call(Params params);
    }

    /** libvirt's two-step form: ask how many fields with no buffer, then fill a buffer that size. */
    private static Map<String, Long> read(Call call, String function) throws LibvirtException {
        IntByReference count = new IntByReference(0);
        if (call.call(new Params(null, count)) < 0) {
            throw NativeErrors.lastError(function);
        }
        Map<String, Long> values = new LinkedHashMap<>();
        if (count.getValue() <= 0) {
            return values;
        }
        Memory buffer = new Memory((long) count.getValue() * ENTRY);
        buffer.clear();
        if (call.call(new Params(buffer, count)) < 0) {
            throw NativeErrors.lastError(function);
        }
        for (int i = 0; i < count.getValue(); i++) {
            values.put(buffer.getString((long) i * ENTRY, "UTF-8"), buffer.getLong((long) i * ENTRY + FIELD_LENGTH));
        }
        return values;
    }

    private static Pointer pointer(Connect conn) {
        if (!(conn instanceof StatsConnect raw)) {
            throw new IllegalArgumentException("host stats need the connection's native handle (StatsConnect)");
        }
        return raw.pointer();
    }
}
