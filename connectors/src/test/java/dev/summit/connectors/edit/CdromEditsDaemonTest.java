package dev.summit.connectors.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.edit.change.ChangeMedia;
import dev.summit.connectors.testing.RealDaemon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The rescue CD ejected and put back in a running grub-rescue KVM guest of the real libvirtd. */
@Tag("daemon")
class CdromEditsDaemonTest {
    private RunningGuest guest;

    @AfterEach
    void cleanUp() {
        if (guest != null) {
            guest.close();
        }
    }

    @Test
    void theCdIsEjectedAndInsertedLiveAndTheDefinitionFollows() throws Exception {
        guest = new RunningGuest("summit-test-edev-cd-", true);
        String iso = RealDaemon.isoVolume().toString();
        assertThat(RealDaemon.virsh("domblklist", guest.name)).containsPattern("hdc\\s+" + iso);

        EditOutcome ejected = guest.apply(new ChangeMedia(null, null));

        assertThat(ejected.effect()).isEqualTo(Effect.NOW_AND_NEXT_BOOT);
        assertThat(RealDaemon.virsh("domblklist", guest.name)).containsPattern("hdc\\s+-").doesNotContain(iso);
        assertThat(guest.inactiveXml()).doesNotContain(iso);

        EditOutcome inserted = guest.apply(new ChangeMedia("hdc", RealDaemon.POOL + "/summit-test-rescue.iso"));

        assertThat(inserted.effect()).isEqualTo(Effect.NOW_AND_NEXT_BOOT);
        assertThat(RealDaemon.virsh("domblklist", guest.name)).containsPattern("hdc\\s+" + iso);
        assertThat(guest.inactiveXml()).contains("<source file='" + iso + "'/>");
    }

    @Test
    void anImageTheHostDoesNotHaveOrADriveTheGuestLacksIsRefused() throws Exception {
        guest = new RunningGuest("summit-test-edev-cdno-", true);

        guest.assertRefused(new ChangeMedia(null, "/var/lib/libvirt/summit-test/summit-test-edev-none.iso"),
                "There is no image /var/lib/libvirt/summit-test/summit-test-edev-none.iso on the host.");
        guest.assertRefused(new ChangeMedia(null, RealDaemon.POOL + "/summit-test-edev-none.iso"),
                "no volume 'summit-test-edev-none.iso'");
        guest.assertRefused(new ChangeMedia("sdb", null), "has no CD/DVD drive sdb; its drives are hdc");
        assertThat(RealDaemon.virsh("domblklist", guest.name)).contains(RealDaemon.isoVolume().toString());
    }
}
