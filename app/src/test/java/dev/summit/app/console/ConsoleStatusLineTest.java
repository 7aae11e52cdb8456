package dev.summit.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.console.rfb.protocol.RfbStatistics;
import org.junit.jupiter.api.Test;

class ConsoleStatusLineTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void ratesComeFromTwoReadingsAndTheirDistanceInTime() {
        ConsoleStatusLine line = new ConsoleStatusLine();

        assertThat(line.describe("UNIX socket", new RfbStatistics(1_000, 3, 16), 0)).isEqualTo("UNIX socket · ZRLE");
        assertThat(line.describe("UNIX socket", new RfbStatistics(251_000, 63, 16), 2 * SECOND))
                .isEqualTo("UNIX socket · ZRLE · 30 frames/s · 1000 kbit/s");
    }

    @Test
    void aNewConnectionDoesNotShowRatesAgainstTheOldOnesCounters() {
        ConsoleStatusLine line = new ConsoleStatusLine();
        line.describe("TCP", new RfbStatistics(900_000, 500, 7), 0);
        line.reset();

        assertThat(line.describe("TCP", new RfbStatistics(10, 1, 7), SECOND)).isEqualTo("TCP · Tight");
    }
}
