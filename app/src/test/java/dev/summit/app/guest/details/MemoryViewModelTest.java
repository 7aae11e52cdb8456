package dev.summit.app.guest.details;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.testing.TestDriverHosts;
import dev.summit.connectors.details.GuestDefinitionReader;
import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.GuestEditor;
import dev.summit.connectors.edit.device.MemorySettings;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Memory page without a window, against the test driver's running 'fuji' (2048 MiB). */
class MemoryViewModelTest {
    private static final String FUJI = "7b3c0de0-0000-4000-8000-000000000001";

    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private final AtomicInteger sent = new AtomicInteger();
    private HostSession host;
    private MemoryViewModel model;

    @BeforeEach
    void connect() throws Exception {
        host = engine.open(TestDriverHosts.uri("ui-host.xml"));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(host.inventory().status() instanceof HostStatus.Connected) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        model = new MemoryViewModel(edit -> {
            sent.incrementAndGet();
            return GuestEditor.apply(host, FUJI, edit);
        });
        model.show(read());
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private GuestDefinitions read() throws Exception {
        return GuestDefinitionReader.read(host, FUJI).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theFieldsShowWhatTheNextBootUsesAndNothingIsPending() {
        assertThat(model.maximumMiBProperty().get()).isEqualTo(2048);
        assertThat(model.currentMiBProperty().get()).isEqualTo(2048);
        assertThat(model.pendingMaximumProperty().get()).isEmpty();
        assertThat(model.pendingCurrentProperty().get()).isEmpty();
    }

    @Test
    void aHigherMaximumOnARunningGuestAppliesAtNextBootAndIsPendingUntilThen() throws Exception {
        model.apply("2560", "2048").get(10, TimeUnit.SECONDS);
        assertThat(model.outcomeProperty().get()).isEqualTo("Set maximum memory to 2560 MiB: applies at next boot.");

        model.show(read());
        assertThat(model.pendingMaximumProperty().get()).isEqualTo("pending — at next boot (running with 2048 MiB)");
        assertThat(model.pendingCurrentProperty().get()).isEmpty();
        assertThat(new MemorySettings(read().live()).maximumKiB()).isEqualTo(2048 * 1024);
    }

    @Test
    void badInputAndARefusalChangeNothingAndSayWhy() throws Exception {
        model.apply("lots", "2048").get(10, TimeUnit.SECONDS);
        assertThat(model.problemProperty().get()).isEqualTo("Maximum memory must be a whole number of MiB above 0, not 'lots'.");
        assertThat(sent).hasValue(0);

        model.apply("2048", "4096").get(10, TimeUnit.SECONDS);
        assertThat(model.problemProperty().get()).isEqualTo("Current memory 4096 MiB is above the maximum, 2048 MiB.");
        assertThat(model.outcomeProperty().get()).isEmpty();
        assertThat(new MemorySettings(read().persistent()).currentKiB()).isEqualTo(2048 * 1024);
    }

    @Test
    void theSameAmountsAgainSendNothing() throws Exception {
        model.apply("2048", "2048").get(10, TimeUnit.SECONDS);
        assertThat(model.outcomeProperty().get()).isEqualTo("Nothing to change: the guest has these amounts already.");
        assertThat(sent).hasValue(0);
    }
}
