package dev.summit.connectors.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.inventory.GuestState;
import dev.summit.connectors.inventory.HostInventory;
import dev.summit.connectors.ops.DeleteGuest;
import dev.summit.connectors.ops.GuestAction;
import dev.summit.connectors.ops.GuestActions;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A real KVM guest booting the grub-rescue ISO on the machine's libvirtd. */
@Tag("daemon")
class RealGuestLifecycleTest {
    private static final Duration EVENT_LIMIT = Duration.ofSeconds(30);
    private final String name = "summit-test-" + Long.toHexString(System.nanoTime());
    // Stats sampling off: every change seen here must have come from a libvirt event.
    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private String uuid;
    private HostSession session;
    private InventoryProbe probe;

    @BeforeEach
    void defineGuest() throws Exception {
        uuid = RealDaemon.defineGuest(name);
        session = engine.open(RealDaemon.URI);
        probe = InventoryProbe.on(session);
        probe.await("connected", Duration.ofSeconds(60), inv -> inv.status() instanceof HostStatus.Connected);
    }

    @AfterEach
    void removeGuest() {
        engine.close();
        RealDaemon.removeGuest(name);
    }

    @Test
    void startPauseSaveRestoreAndForceOffARealGuest() throws Exception {
        assertThat(session.inventory().guests().get(uuid).state()).isEqualTo(GuestState.SHUT_OFF);

        perform(GuestAction.START);
        HostInventory running = await(GuestState.RUNNING, Duration.ofSeconds(60));
        assertThat(running.guests().get(uuid).maxMemoryKiB()).isEqualTo(128 * 1024);
        assertThat(RealDaemon.virsh("domstate", name).strip()).isEqualTo("running");

        perform(GuestAction.PAUSE);
        await(GuestState.PAUSED, Duration.ofSeconds(30));
        perform(GuestAction.RESUME);
        await(GuestState.RUNNING, Duration.ofSeconds(30));

        perform(GuestAction.SAVE);
        HostInventory saved = await(GuestState.SHUT_OFF, Duration.ofSeconds(60));
        assertThat(saved.guests().get(uuid).managedSave()).isTrue();
        assertThat(RealDaemon.virsh("domstate", name, "--reason")).contains("saved");
        perform(GuestAction.RESTORE);
        await(GuestState.RUNNING, Duration.ofSeconds(60));

        perform(GuestAction.FORCE_OFF);
        await(GuestState.SHUT_OFF, Duration.ofSeconds(60));
        assertThat(RealDaemon.virsh("domstate", name).strip()).isEqualTo("shut off");
    }

    @Test
    void aChangeMadeWithVirshBehindOurBackShows() throws Exception {
        perform(GuestAction.START);
        await(GuestState.RUNNING, Duration.ofSeconds(60));

        // Nothing polls (statistics off), so only an event can bring each change; the limit only
        // catches one that never comes, not a slow machine.
        probe.clear();
        RealDaemon.virsh("suspend", name);
        await(GuestState.PAUSED, EVENT_LIMIT);
        RealDaemon.virsh("resume", name);
        await(GuestState.RUNNING, EVENT_LIMIT);
        RealDaemon.virsh("undefine", name, "--managed-save");
        RealDaemon.virsh("destroy", name);
        probe.await("guest gone", EVENT_LIMIT, inv -> !inv.guests().containsKey(uuid));
    }

    @Test
    void deletingARunningGuestWithItsDisksKeepsTheAttachedIso() throws Exception {
        Path iso = RealDaemon.isoVolume();
        Path disk = RealDaemon.POOL_DIR.resolve(name + ".qcow2");
        perform(GuestAction.START);
        await(GuestState.RUNNING, Duration.ofSeconds(60));

        DeleteGuest.Outcome outcome = DeleteGuest.run(session, uuid, true).get(60, TimeUnit.SECONDS);

        assertThat(outcome.deletedVolumes()).containsExactly(disk.toString());
        assertThat(disk).doesNotExist();
        assertThat(iso).exists();
        assertThat(Files.size(iso)).isEqualTo(Files.size(RealDaemon.RESCUE_ISO));
        assertThat(RealDaemon.virshOk("domstate", name)).as("definition gone").isFalse();
        probe.await("guest gone from the list", Duration.ofSeconds(30), inv -> !inv.guests().containsKey(uuid));
    }

    /** Forgets earlier snapshots first, so the next await can only match what this action caused. */
    private void perform(GuestAction action) throws Exception {
        probe.clear();
        GuestActions.perform(session, action, uuid).get(90, TimeUnit.SECONDS);
    }

    private HostInventory await(GuestState state, Duration timeout) {
        return probe.await(name + " " + state, timeout,
                inv -> inv.guests().containsKey(uuid) && inv.guests().get(uuid).state() == state);
    }
}
