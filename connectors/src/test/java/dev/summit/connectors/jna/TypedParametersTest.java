package dev.summit.connectors.jna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test driver only reports INT fields, so every other union member is checked on hand-built memory. */
class TypedParametersTest {
    @Test
    void layoutMatchesLibvirtHeadersOn64BitPlatforms() {
        assumeTrue(Native.POINTER_SIZE == 8);
        // sizeof and offsetof(virTypedParameter, ...) from libvirt-common.h, compiled on x86_64.
        assertThat(TypedParameters.SIZE).isEqualTo(96);
        assertThat(TypedParameters.TYPE_OFFSET).isEqualTo(80);
        assertThat(TypedParameters.VALUE_OFFSET).isEqualTo(88);
    }

    @Test
    void readsEveryValueType() {
        Memory text = new Memory(16);
        text.setString(0, "vda", StandardCharsets.UTF_8.name());
        Memory params = new Memory(8L * TypedParameters.SIZE);
        params.clear();
        put(params, 0, "state.state", TypedParameters.INT).setInt(at(0), -3);
        put(params, 1, "vcpu.current", TypedParameters.UINT).setInt(at(1), 0xFFFF_FFFE);
        put(params, 2, "some.signed", TypedParameters.LLONG).setLong(at(2), -7L);
        put(params, 3, "cpu.time", TypedParameters.ULLONG).setLong(at(3), 123_456_789_012L);
        put(params, 4, "some.ratio", TypedParameters.DOUBLE).setDouble(at(4), 0.25);
        put(params, 5, "some.flag", TypedParameters.BOOLEAN).setByte(at(5), (byte) 1);
        put(params, 6, "block.0.name", TypedParameters.STRING).setPointer(at(6), text);
        put(params, 7, "from.the.future", 99).setLong(at(7), 1L);

        Map<String, Object> fields = TypedParameters.read(params, 8);

        assertThat(fields).containsExactly(
                Map.entry("state.state", -3),
                Map.entry("vcpu.current", 4_294_967_294L),
                Map.entry("some.signed", -7L),
                Map.entry("cpu.time", 123_456_789_012L),
                Map.entry("some.ratio", 0.25),
                Map.entry("some.flag", true),
                Map.entry("block.0.name", "vda"));
    }

    @Test
    void aFieldNameFillingTheWholeBufferStopsAtItsTerminator() {
        Memory params = new Memory(TypedParameters.SIZE);
        params.clear();
        String longest = "x".repeat(TypedParameters.FIELD_LENGTH - 1);
        put(params, 0, longest, TypedParameters.INT).setInt(at(0), 1);

        assertThat(TypedParameters.read(params, 1)).containsOnlyKeys(longest);
    }

    private static Memory put(Memory params, int index, String name, int type) {
        long base = (long) index * TypedParameters.SIZE;
        params.setString(base, name, StandardCharsets.US_ASCII.name());
        params.setInt(base + TypedParameters.TYPE_OFFSET, type);
        return params;
    }

    private static long at(int index) {
        return (long) index * TypedParameters.SIZE + TypedParameters.VALUE_OFFSET;
    }
}
