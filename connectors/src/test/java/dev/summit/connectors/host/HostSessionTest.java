package dev.summit.connectors.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.inventory.GuestState;
import dev.summit.connectors.inventory.HostInventory;
import dev.summit.connectors.ops.GuestAction;
import dev.summit.connectors.ops.GuestActions;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.TestDriverHosts;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostSessionTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String ALPHA = "00000000-aaaa-4000-8000-000000000001";
    private static final String BETA = "00000000-aaaa-4000-8000-000000000002";
    private static final String GAMMA = "00000000-aaaa-4000-8000-000000000003";

    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));

    @AfterEach
    void close() {
        engine.close();
    }

    private HostInventory connected(InventoryProbe probe) {
        return probe.await("connected", WAIT, inv -> inv.status() instanceof HostStatus.Connected);
    }

    @Test
    void listsEveryGuestWithItsStateOnConnect() {
        HostSession session = engine.open(TestDriverHosts.uri("lifecycle-host.xml"));
        HostInventory inventory = connected(InventoryProbe.on(session));

        assertThat(inventory.guests()).hasSize(3);
        assertThat(inventory.guestNamed("alpha").orElseThrow().state()).isEqualTo(GuestState.RUNNING);
        assertThat(inventory.guestNamed("beta").orElseThrow().state()).isEqualTo(GuestState.SHUT_OFF);
        assertThat(inventory.guestNamed("gamma").orElseThrow().state()).isEqualTo(GuestState.PAUSED);
        assertThat(inventory.guestNamed("beta").orElseThrow().maxMemoryKiB()).isEqualTo(1024 * 1024);
        assertThat(inventory.guestNamed("beta").orElseThrow().vcpus()).isEqualTo(2);
    }

    @Test
    void theTemplateMarksFollowTheFirstListing() throws Exception {
        HostSession session = engine.open(TestDriverHosts.uri("template-mark-host.xml"));
        connected(InventoryProbe.on(session));
        session.settled().get(10, TimeUnit.SECONDS);

        HostInventory inventory = session.inventory();
        assertThat(inventory.guestNamed("mark-tpl").orElseThrow().template()).as("marked template").isTrue();
        assertThat(inventory.guestNamed("mark-off").orElseThrow().template()).as("plain shut-off guest").isFalse();
        assertThat(inventory.guestNamed("mark-running").orElseThrow().template()).isFalse();
        assertThat(inventory.guestNamed("mark-tpl").orElseThrow().stateLabel()).isEqualTo("Template");
    }

    @Test
    void eachLifecycleActionShowsInTheInventory() throws Exception {
        HostSession session = engine.open(TestDriverHosts.uri("lifecycle-host.xml"));
        InventoryProbe probe = InventoryProbe.on(session);
        connected(probe);

        run(session, probe, GuestAction.PAUSE, ALPHA);
        expect(probe, ALPHA, GuestState.PAUSED);
        run(session, probe, GuestAction.RESUME, ALPHA);
        expect(probe, ALPHA, GuestState.RUNNING);
        run(session, probe, GuestAction.FORCE_OFF, ALPHA);
        expect(probe, ALPHA, GuestState.SHUT_OFF);
        run(session, probe, GuestAction.START, BETA);
        expect(probe, BETA, GuestState.RUNNING);
        run(session, probe, GuestAction.SAVE, BETA);
        HostInventory saved = expect(probe, BETA, GuestState.SHUT_OFF);
        assertThat(saved.guests().get(BETA).managedSave()).as("saved image shown").isTrue();
        run(session, probe, GuestAction.RESTORE, BETA);
        HostInventory restored = expect(probe, BETA, GuestState.RUNNING);
        assertThat(restored.guests().get(BETA).managedSave()).isFalse();
        run(session, probe, GuestAction.AUTOSTART_ON, BETA);
        probe.await("autostart on", WAIT, inv -> inv.guests().get(BETA).autostart());
        run(session, probe, GuestAction.SHUTDOWN, BETA);
        expect(probe, BETA, GuestState.SHUT_OFF);
    }

    @Test
    void aRefusedActionSaysWhyInPlainWordsAndLeavesTheStateAlone() {
        HostSession session = engine.open(TestDriverHosts.uri("lifecycle-host.xml"));
        connected(InventoryProbe.on(session));

        assertThatThrownBy(() -> run(session, GuestAction.START, ALPHA))
                .hasCauseInstanceOf(HostOperationException.class)
                .cause().hasMessage("Could not start 'alpha': Domain 'alpha' is already running.");
        assertThatThrownBy(() -> run(session, GuestAction.RESTORE, GAMMA))
                .cause().hasMessageStartingWith("Could not restore 'gamma'");
        assertThat(session.inventory().guests().get(ALPHA).state()).isEqualTo(GuestState.RUNNING);
    }

    @Test
    void anInvalidUriIsReportedAndNotRetried() {
        HostSession session = engine.open("nosuchdriver:///system");
        HostInventory inventory = InventoryProbe.on(session).await("a final answer", WAIT,
                inv -> inv.status() instanceof HostStatus.Disconnected);
        assertThat(inventory.status().describe()).startsWith("disconnected — ");
    }

    @Test
    void aMissingDaemonIsRetriedWithBackoff() {
        HostSession session = engine.open("qemu+unix:///system?socket=/nonexistent/libvirt-sock");
        HostInventory inventory = InventoryProbe.on(session).await("retrying", WAIT,
                inv -> inv.status() instanceof HostStatus.Retrying);
        assertThat(inventory.status().describe()).isEqualTo("disconnected — retrying");
        assertThat(((HostStatus.Retrying) inventory.status()).reason()).contains("/nonexistent/libvirt-sock");
    }

    /** Forgets earlier snapshots first, so the next expectation can only match what this action caused. */
    @Test
    void aHostThatNeverAnswersDoesNotHoldUpAnother() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            // Accepts the TCP connection and then never says a word: libvirt's open waits forever.
            HostSession stuck = engine.open("qemu+tcp://127.0.0.1:" + silent.getLocalPort() + "/system");
            silent.setSoTimeout((int) WAIT.toMillis());
            try (java.net.Socket taken = silent.accept()) {
                // The stuck host's worker is inside libvirt's open now. Were the healthy host queued
                // behind it, it would never connect: the waits below (10 s each) catch that hang.
                HostSession healthy = engine.open(TestDriverHosts.uri("lifecycle-host.xml"));
                connected(InventoryProbe.on(healthy));
                run(healthy, GuestAction.PAUSE, ALPHA);

                assertThat(stuck.inventory().status()).isInstanceOf(HostStatus.Connecting.class);
            }
        }
    }

    private static void run(HostSession session, InventoryProbe probe, GuestAction action, String uuid) throws Exception {
        probe.clear();
        run(session, action, uuid);
    }

    private static void run(HostSession session, GuestAction action, String uuid)
            throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
        GuestActions.perform(session, action, uuid).get(10, TimeUnit.SECONDS);
    }

    private static HostInventory expect(InventoryProbe probe, String uuid, GuestState state) {
        return probe.await(uuid + " " + state, WAIT,
                inv -> inv.guests().containsKey(uuid) && inv.guests().get(uuid).state() == state);
    }
}
