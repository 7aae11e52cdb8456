package dev.summit.connectors.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.edit.change.AddNic;
import dev.summit.connectors.edit.change.SetLinkState;
import dev.summit.connectors.testing.RealDaemon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Network cards hot-plugged into a running grub-rescue KVM guest on libvirt's "default" network. */
@Tag("daemon")
class NicEditsDaemonTest {
    private RunningGuest guest;

    @AfterEach
    void cleanUp() {
        if (guest != null) {
            guest.close();
        }
    }

    @Test
    void aCardIsHotPluggedOnTheDefaultNetworkAndItsLinkGoesDownLive() throws Exception {
        RealDaemon.ensureDefaultNetwork();
        guest = new RunningGuest("summit-test-edev-nic-", true);
        String mac = "52:54:00:5e:d0:" + String.format("%02x", (int) (System.nanoTime() & 0x7f));

        EditOutcome added = guest.apply(new AddNic("network", "default", null, mac));

        assertThat(added.effect()).isEqualTo(Effect.NOW_AND_NEXT_BOOT);
        assertThat(RealDaemon.virsh("domiflist", guest.name)).containsPattern("network\\s+default\\s+virtio\\s+" + mac);
        assertThat(guest.inactiveXml()).contains("<mac address='" + mac + "'/>");
        assertThat(RealDaemon.virsh("domif-getlink", guest.name, mac)).contains("up");

        EditOutcome down = guest.apply(new SetLinkState(mac, false));

        assertThat(down.effect()).isEqualTo(Effect.NOW_AND_NEXT_BOOT);
        assertThat(RealDaemon.virsh("domif-getlink", guest.name, mac)).contains("down");
        assertThat(guest.inactiveXml()).contains("<link state='down'/>");

        guest.apply(new SetLinkState(mac, true));
        assertThat(RealDaemon.virsh("domif-getlink", guest.name, mac)).contains("up");
    }

    @Test
    void aCardWithoutAMacGetsAFreeOneInQemusRange() throws Exception {
        RealDaemon.ensureDefaultNetwork();
        guest = new RunningGuest("summit-test-edev-nicmac-", true);

        guest.apply(AddNic.onNetwork("default"));

        assertThat(RealDaemon.virsh("domiflist", guest.name)).containsPattern("default\\s+virtio\\s+52:54:00(:[0-9a-f]{2}){3}");
    }

    @Test
    void aMacInUseOnThisOrAnotherGuestAndAnUnknownNetworkAreRefused() throws Exception {
        RealDaemon.ensureDefaultNetwork();
        guest = new RunningGuest("summit-test-edev-nicdup-", true);
        String neighbour = guest.neighbour();
        String theirs = "52:54:00:5e:d1:01";
        RealDaemon.virsh("attach-interface", neighbour, "network", "default", "--mac", theirs, "--config");
        String ours = "52:54:00:5e:d1:02";
        guest.apply(new AddNic("network", "default", null, ours));

        guest.assertRefused(new AddNic("network", "default", null, ours.toUpperCase()), "in use by '" + guest.name + "' itself");
        guest.assertRefused(new AddNic("network", "default", null, theirs), "in use by guest '" + neighbour + "'");
        guest.assertRefused(new AddNic("network", "default", null, "52:54:00:5e:d1"), "is not a MAC address");
        guest.assertRefused(AddNic.onNetwork("summit-test-edev-no-net"), "There is no network 'summit-test-edev-no-net'");
        guest.assertRefused(new SetLinkState("52:54:00:5e:d1:09", false), "has no network card with MAC 52:54:00:5e:d1:09");
    }
}
