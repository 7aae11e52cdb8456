package dev.summit.connectors.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.inventory.HostInventory;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.SilentHost;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A host that takes the connection and never answers is given up on, with the reason, and blocks nothing. */
class SilentHostTest {
    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO)
            .withConnectTimeout(Duration.ofSeconds(2)).withBackoff(new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(5))));

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aSilentHostIsGivenUpOnWithTheReasonAndARetry() throws Exception {
        try (SilentHost silent = new SilentHost()) {
            long started = System.nanoTime();
            HostSession session = engine.open(silent.uri());

            HostInventory given = InventoryProbe.on(session).await("not answering", Duration.ofSeconds(10),
                    inv -> inv.status() instanceof HostStatus.NotAnswering);

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
            assertThat(silent.connectionsTaken()).isPositive();
            HostStatus.NotAnswering status = (HostStatus.NotAnswering) given.status();
            assertThat(status.reason()).isEqualTo("not answering (no reply in 2 s)");
            assertThat(status.describe()).matches("not answering — retrying in [0-5] s");
        }
    }

    @Test
    void whileItWaitsTheHostAnswersEveryCallerAtOnce() throws Exception {
        try (SilentHost silent = new SilentHost()) {
            HostSession session = engine.open(silent.uri());
            long asked = System.nanoTime();

            assertThatThrownBy(() -> session.submit("list the pools of", null, conn -> conn.listStoragePools())
                    .get(1, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasMessageContaining("the host is connecting…");
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(1));
        }
    }

    @Test
    void stoppingTheSessionEndsItAtOnceEvenWhileTheHostIsSilent() throws Exception {
        try (SilentHost silent = new SilentHost()) {
            engine.open(silent.uri());
            long asked = System.nanoTime();
            engine.close(silent.uri());
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(2));
            assertThat(engine.session(silent.uri())).isEmpty();
        }
    }
}
