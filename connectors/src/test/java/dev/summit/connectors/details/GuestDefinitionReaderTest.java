package dev.summit.connectors.details;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.GuestEditor;
import dev.summit.connectors.edit.change.SetMemory;
import dev.summit.connectors.edit.device.MemorySettings;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.TestDriverHosts;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GuestDefinitionReaderTest {
    private static final String ALPHA = "00000000-aaaa-4000-8000-000000000001";

    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private HostSession session;

    @BeforeEach
    void connect() {
        session = engine.open(TestDriverHosts.uri("lifecycle-host.xml"));
        InventoryProbe.on(session).await("connected", Duration.ofSeconds(10), inv -> inv.status() instanceof HostStatus.Connected);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aRunningGuestHasBothDefinitionsAndAPendingMaximumShowsAsTheirDifference() throws Exception {
        GuestDefinitions before = GuestDefinitionReader.read(session, ALPHA).get(10, TimeUnit.SECONDS);
        assertThat(before.running()).isTrue();
        long liveMaximum = new MemorySettings(before.live()).maximumKiB();
        assertThat(new MemorySettings(before.persistent()).maximumKiB()).isEqualTo(liveMaximum);

        GuestEditor.apply(session, ALPHA, new SetMemory(liveMaximum + 256 * 1024, null)).get(10, TimeUnit.SECONDS);
        GuestDefinitions after = GuestDefinitionReader.read(session, ALPHA).get(10, TimeUnit.SECONDS);

        assertThat(new MemorySettings(after.persistent()).maximumKiB()).isEqualTo(liveMaximum + 256 * 1024);
        assertThat(new MemorySettings(after.live()).maximumKiB()).isEqualTo(liveMaximum);
        assertThat(after.current()).isSameAs(after.live());
    }

    @Test
    void anUnknownGuestFailsWithASentence() {
        assertThatThrownBy(() -> GuestDefinitionReader.read(session, "00000000-0000-4000-8000-00000000dead").get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasMessageContaining("Could not read the definition of");
    }
}
