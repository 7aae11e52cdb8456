package dev.summit.connectors.jna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DomainStatsRecordTest {
    private final DomainStatsRecord record = new DomainStatsRecord("u", "n",
            Map.of("state.state", 1, "cpu.time", 5_000_000_000L, "big", 1L << 40, "block.0.name", "vda"));

    @Test
    void readsNumbersWhateverTheirJavaType() {
        assertThat(record.longField("state.state", -1)).isEqualTo(1);
        assertThat(record.longField("cpu.time", -1)).isEqualTo(5_000_000_000L);
        assertThat(record.intField("state.state", -1)).isEqualTo(1);
    }

    @Test
    void fallsBackWhenAFieldIsMissingOrNotANumberOrTooLarge() {
        assertThat(record.longField("balloon.current", -1)).isEqualTo(-1);
        assertThat(record.longField("block.0.name", -1)).isEqualTo(-1);
        assertThat(record.intField("big", -1)).isEqualTo(-1);
        assertThat(record.stringField("block.0.name", "?")).isEqualTo("vda");
        assertThat(record.stringField("cpu.time", "?")).isEqualTo("?");
    }

    @Test
    void keepsItsOwnCopyOfTheFields() {
        Map<String, Object> fields = new HashMap<>(Map.of("cpu.time", 1L));
        DomainStatsRecord copy = new DomainStatsRecord("u", "n", fields);
        fields.put("cpu.time", 2L);

        assertThat(copy.longField("cpu.time", -1)).isEqualTo(1);
        assertThatThrownBy(() -> copy.fields().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
