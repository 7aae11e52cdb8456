package dev.summit.connectors.jna;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One guest's share of a bulk stats call, copied out of native memory.
 *
 * @param uuid   libvirt's UUID string
 * @param name   the domain name
 * @param fields libvirt's typed parameters by field name ("state.state", "cpu.time",
 *               "block.0.rd.bytes", ...) as Integer (INT), Long (UINT, LLONG, ULLONG), Double,
 *               Boolean or String, in the order libvirt sent them
 */
public record DomainStatsRecord(String uuid, String name, Map<String, Object> fields) {
    public DomainStatsRecord {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(name, "name");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    /** Any numeric field as a long; the fallback when it is absent or not a number. */
    public long longField(String key, long fallback) {
        return fields.get(key) instanceof Number n ? n.longValue() : fallback;
    }

    /** Any numeric field as an int; the fallback when it is absent, not a number, or too large. */
    public int intField(String key, int fallback) {
        long value = longField(key, Long.MIN_VALUE);
        return value < Integer.MIN_VALUE || value > Integer.MAX_VALUE ? fallback : (int) value;
    }

    public String stringField(String key, String fallback) {
        return fields.get(key) instanceof String s ? s : fallback;
    }
}
