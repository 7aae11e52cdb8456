package dev.summit.connectors.jna;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a native {@code virTypedParameter} array into Java values, keyed by field name. */
final class TypedParameters {
    static final int INT = 1;
    static final int UINT = 2;
    static final int LLONG = 3;
    static final int ULLONG = 4;
    static final int DOUBLE = 5;
    static final int BOOLEAN = 6;
    static final int STRING = 7;

    /** VIR_TYPED_PARAM_FIELD_LENGTH: the name is NUL-terminated within it. */
    static final int FIELD_LENGTH = 80;

    /**
     * The C struct, declared only so JNA computes its size and offsets with this platform's
     * alignment rules; values are read straight from native memory by offset, because the union's
     * meaning depends on {@code type}.
     */
    @Structure.FieldOrder({"field", "type", "value"})
    public static final class Shape extends Structure {
        public byte[] field = new byte[FIELD_LENGTH];
        public int type;
        /** Stands in for the 8-byte union {int, uint, llong, ullong, double, char, char*}. */
        public long value;

        int offsetOf(String name) {
            return fieldOffset(name);
        }
    }

    static final int SIZE;
    static final int TYPE_OFFSET;
    static final int VALUE_OFFSET;

    static {
        Shape shape = new Shape();
        SIZE = shape.size();
        TYPE_OFFSET = shape.offsetOf("type");
        VALUE_OFFSET = shape.offsetOf("value");
    }

    private TypedParameters() {
    }

    /**
     * UINT and ULLONG become Long: UINT always fits, and a ULLONG counter past 2^63 would take
     * centuries of traffic. Types newer than this code are skipped rather than guessed at.
     */
    static Map<String, Object> read(Pointer params, int count) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            long base = (long) i * SIZE;
            String name = params.getString(base, StandardCharsets.US_ASCII.name());
            Object value = value(params, base + VALUE_OFFSET, params.getInt(base + TYPE_OFFSET));
            if (value != null) {
                fields.put(name, value);
            }
        }
        return fields;
    }

    private static Object value(Pointer params, long at, int type) {
        return switch (type) {
            case INT -> params.getInt(at);
            case UINT -> Integer.toUnsignedLong(params.getInt(at));
            case LLONG, ULLONG -> params.getLong(at);
            case DOUBLE -> params.getDouble(at);
            case BOOLEAN -> params.getByte(at) != 0;
            case STRING -> {
                Pointer text = params.getPointer(at);
                yield text == null ? null : text.getString(0, StandardCharsets.UTF_8.name());
            }
            default -> null;
        };
    }
}
