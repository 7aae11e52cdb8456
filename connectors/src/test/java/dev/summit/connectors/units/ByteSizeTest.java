package dev.summit.connectors.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizeTest {
    @Test
    void humanPicksTheUnitAndKeepsThreeFiguresAtMost() {
        assertThat(ByteSize.human(0)).isEqualTo("0 KiB");
        assertThat(ByteSize.human(1)).as("never reads zero").isEqualTo("1 KiB");
        assertThat(ByteSize.human(900 * ByteSize.KIB)).isEqualTo("900 KiB");
        assertThat(ByteSize.human(3 * ByteSize.MIB / 2)).isEqualTo("1.5 MiB");
        assertThat(ByteSize.human(128 * ByteSize.MIB)).isEqualTo("128 MiB");
        assertThat(ByteSize.human(3 * ByteSize.GIB)).isEqualTo("3.0 GiB");
        assertThat(ByteSize.human(100 * ByteSize.GIB)).isEqualTo("100 GiB");
        assertThat(ByteSize.human(2 * ByteSize.TIB)).isEqualTo("2.0 TiB");
    }

    @Test
    void ratesReadLikeSizes() {
        assertThat(ByteSize.rate(0.5)).isEqualTo("1 KiB/s");
        assertThat(ByteSize.rate(12.25 * ByteSize.MIB)).isEqualTo("12 MiB/s");
    }

    @Test
    void gibShowsADecimalOnlyWhenTheSizeHasOne() {
        assertThat(ByteSize.gib(20 * ByteSize.GIB)).isEqualTo("20 GiB");
        assertThat(ByteSize.gib(100 * ByteSize.MIB)).isEqualTo("0.1 GiB");
    }

    @Test
    void exactNeverRounds() {
        assertThat(ByteSize.exact(ByteSize.GIB)).isEqualTo("1 GiB");
        assertThat(ByteSize.exact(96 * ByteSize.MIB)).isEqualTo("96 MiB");
        assertThat(ByteSize.exact(1_000_000)).isEqualTo("1000000 bytes");
        assertThat(ByteSize.exact(0)).isEqualTo("0 bytes");
    }
}
