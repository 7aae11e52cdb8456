package dev.summit.connectors.jna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.TestDriverHosts;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** summit list's one reading of a host, against a session's listing of the same test-driver host. */
class QuickListingTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void readsTheSameGuestsAsASessionTemplateMarksIncluded() throws Exception {
        String uri = TestDriverHosts.uri("template-mark-host.xml");
        List<GuestSummary> quick = QuickListing.read(uri, WAIT).stream()
                .sorted(Comparator.comparing(GuestSummary::name)).toList();

        try (HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO))) {
            HostSession session = engine.open(uri);
            InventoryProbe.on(session).await("connected", WAIT, inv -> inv.guests().size() == 3);
            session.settled().get(10, TimeUnit.SECONDS);
            List<GuestSummary> listed = session.inventory().guestList().stream()
                    .sorted(Comparator.comparing(GuestSummary::name)).toList();
            assertThat(quick).isEqualTo(listed);
        }
        assertThat(quick).extracting(GuestSummary::name, GuestSummary::stateLabel).containsExactly(
                org.assertj.core.groups.Tuple.tuple("mark-off", "Shut off"),
                org.assertj.core.groups.Tuple.tuple("mark-running", "Running"),
                org.assertj.core.groups.Tuple.tuple("mark-tpl", "Template"));
    }

    @Test
    void aHostThatCannotBeReachedIsNamedWithLibvirtsReason() {
        String uri = "qemu+unix:///system?socket=/nonexistent/verbcost.sock";
        assertThatThrownBy(() -> QuickListing.read(uri, WAIT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot connect to " + uri + ": ")
                .hasMessageContaining("/nonexistent/verbcost.sock");
    }
}
