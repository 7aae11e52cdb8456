package dev.summit.connectors.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.edit.change.RenameGuest;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.testing.InventoryProbe;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import dev.summit.connectors.testing.RealDaemon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** libvirt's rename of a shut-off guest; refused for a running guest, a taken name or a bad one. */
@Tag("daemon")
class RenameGuestDaemonTest {
    private EditGuest guest;

    @AfterEach
    void remove() throws Exception {
        if (guest != null) {
            guest.close();
        }
    }

    @Test
    void aShutOffGuestIsRenamedAndKeepsItsUuidAndDefinition() throws Exception {
        guest = EditGuest.define("rename");
        String before = guest.inactiveXml();
        String newName = guest.name + "-renamed";

        EditOutcome outcome = RenameGuest.rename(guest.conn, guest.uuid, newName);

        assertThat(outcome.sentence()).isEqualTo("rename " + guest.name + " to " + newName
                + ": applied now and kept for next boot");
        assertThat(RealDaemon.virsh("domname", guest.uuid).strip()).isEqualTo(newName);
        assertThat(RealDaemon.virshOk("domstate", guest.name)).isFalse();
        assertThat(RealDaemon.virsh("dumpxml", "--inactive", "--security-info", newName))
                .isEqualTo(before.replace("<name>" + guest.name + "</name>", "<name>" + newName + "</name>"));
    }

    @Test
    void throughTheHostsWorkerTheInventoryShowsTheNewName() throws Exception {
        guest = EditGuest.define("rename-host");
        String newName = guest.name + "-b";
        try (HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO))) {
            HostSession session = engine.open(RealDaemon.URI);
            InventoryProbe probe = InventoryProbe.on(session);
            probe.await("the guest listed", Duration.ofSeconds(60), inv -> inv.guests().containsKey(guest.uuid));

            EditOutcome outcome = RenameGuest.apply(session, guest.uuid, newName).get(30, TimeUnit.SECONDS);

            assertThat(outcome.effect()).isEqualTo(Effect.NOW_AND_NEXT_BOOT);
            probe.await("the new name", Duration.ofSeconds(30),
                    inv -> inv.guests().containsKey(guest.uuid) && inv.guests().get(guest.uuid).name().equals(newName));
            assertThatThrownBy(() -> RenameGuest.apply(session, guest.uuid, "a/b").get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(EditRefused.class);
        }
    }

    @Test
    void aRunningGuestATakenNameOrABadNameIsRefusedAndNothingChanges() throws Exception {
        guest = EditGuest.define("rename-refused");
        EditGuest other = EditGuest.define("rename-other");
        other.conn.close();
        String before = guest.inactiveXml();

        assertRefused(other.name, "Another guest on this host is already called " + other.name + ".");
        assertRefused("a/b", "A name cannot contain '/'.");
        assertRefused(guest.name, "The guest is already called " + guest.name + ".");
        guest.start();
        assertRefused(guest.name + "-new", guest.name + " is running; a guest can only be renamed while it is shut off.");

        assertThat(guest.inactiveXml()).isEqualTo(before);
        assertThat(RealDaemon.virsh("domname", guest.uuid).strip()).isEqualTo(guest.name);
    }

    private void assertRefused(String newName, String reason) {
        assertThatThrownBy(() -> RenameGuest.rename(guest.conn, guest.uuid, newName))
                .isInstanceOf(EditRefused.class).hasMessageContaining(reason);
    }
}
