package dev.summit.connectors.edit.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditGolden;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.device.NicDevice;
import dev.summit.connectors.edit.device.NicDevices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.libvirt.LibvirtException;

/** Network-card edits on the golden guest, against the test driver's network "default". */
class NicEditsTest {
    private final EditHost host;

    NicEditsTest() throws LibvirtException {
        host = new EditHost();
    }

    @AfterEach
    void close() throws LibvirtException {
        host.close();
    }

    private Definition edit(String name, GuestEdit edit) {
        Definition guest = EditGolden.in(name);
        edit.edit(guest, null, host.context(guest));
        return guest;
    }

    private void assertRefused(GuestEdit edit, String message) {
        Definition guest = EditGolden.in("guest");
        EditContext context = host.context(guest);
        assertThatThrownBy(() -> edit.edit(guest, null, context)).isInstanceOf(EditRefused.class).hasMessageContaining(message);
        assertThat(guest.serialize()).isEqualTo(EditGolden.normalized("guest"));
    }

    @Test
    void aCardWithAGivenMacGoesAfterTheLastCard() {
        EditGolden.assertOut("add-nic", edit("add-nic", new AddNic("network", "default", "e1000e", "52:54:00:0A:0B:0C")));
    }

    @Test
    void withoutAMacItGetsAFreeOneInQemusRange() {
        Definition guest = edit("guest", AddNic.onNetwork("default"));
        NicDevice added = new NicDevices(guest).last().orElseThrow();
        assertThat(added.mac()).matches("52:54:00(:[0-9a-f]{2}){3}").isNotIn("52:54:00:aa:bb:01", "52:54:00:aa:bb:02");
        assertThat(added.model()).isEqualTo("virtio");
        assertThat(added.network()).isEqualTo("default");
    }

    @Test
    void refusesAMacInUseAMalformedMacAndAnUnknownNetwork() {
        assertRefused(new AddNic("network", "default", null, "52:54:00:AA:BB:01"), "in use by 'golden' itself");
        assertRefused(new AddNic("network", "default", null, "52:54:00:cc:dd:01"), "in use by guest 'neighbour'");
        assertRefused(new AddNic("network", "default", null, "52:54:00:cc:dd"), "'52:54:00:cc:dd' is not a MAC address");
        assertRefused(new AddNic("network", "default", null, "01:00:5e:00:00:01"), "is a multicast address");
        assertRefused(AddNic.onNetwork("nowhere"), "There is no network 'nowhere' on this host.");
        assertRefused(new AddNic("direct", "eth0", null, null), "not on 'direct'");
        assertRefused(AddNic.onBridge("br0; rm"), "is no name of a bridge");
    }

    @Test
    void aBridgeCardIsWrittenAsABridge() {
        Definition guest = edit("guest", new AddNic("bridge", "br1", null, "52:54:00:0a:0b:0d"));
        NicDevice added = new NicDevices(guest).find("52:54:00:0a:0b:0d").orElseThrow();
        assertThat(added.type()).isEqualTo("bridge");
        assertThat(added.bridge()).isEqualTo("br1");
    }

    @Test
    void removingACardTakesOnlyItsElement() {
        EditGolden.assertOut("remove-nic", edit("remove-nic", new RemoveNic("52:54:00:aa:bb:02")));
        assertRefused(new RemoveNic("52:54:00:aa:bb:09"), "'golden' has no network card with MAC 52:54:00:aa:bb:09.");
    }

    @Test
    void theLinkGoesDownAndUpInTheDefinition() {
        EditGolden.assertOut("set-link-down", edit("set-link-down", new SetLinkState("52:54:00:aa:bb:01", false)));
        Definition up = edit("guest", new SetLinkState("52:54:00:aa:bb:02", true));
        assertThat(new NicDevices(up).find("52:54:00:aa:bb:02").orElseThrow().linkUp()).isTrue();
        assertRefused(new SetLinkState("zz", false), "is not a MAC address");
    }
}
