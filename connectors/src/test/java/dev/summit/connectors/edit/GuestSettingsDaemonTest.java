package dev.summit.connectors.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.edit.change.ReplaceDefinition;
import dev.summit.connectors.edit.change.SetBootOrder;
import dev.summit.connectors.edit.change.SetDisplay;
import dev.summit.connectors.edit.change.SetTitleDescription;
import dev.summit.connectors.edit.device.BootOrder;
import dev.summit.connectors.testing.RealDaemon;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.libvirt.LibvirtException;

/** Boot order, title and description, the display and whole-XML replace on a real KVM guest. */
@Tag("daemon")
class GuestSettingsDaemonTest {
    private EditGuest guest;

    @AfterEach
    void remove() throws Exception {
        if (guest != null) {
            guest.close();
        }
    }

    @Test
    void theBootOrderAndMenuAreWrittenForNextBoot() throws Exception {
        guest = EditGuest.define("boot").start();

        EditOutcome outcome = guest.apply(new SetBootOrder(List.of("hd", "cdrom"), true));

        assertThat(outcome.effect()).isEqualTo(Effect.NEXT_BOOT);
        String inactive = guest.inactiveXml();
        assertThat(inactive).containsSubsequence("<boot dev='hd'/>", "<boot dev='cdrom'/>", "<bootmenu enable='yes'/>");
        BootOrder read = new BootOrder(Definition.parse(inactive));
        assertThat(read.devices()).containsExactly("hd", "cdrom");
        assertThat(read.menu()).isTrue();
        guest.assertRefused(new SetBootOrder(List.of("usb"), null), "\"usb\" is not a boot device");
    }

    @Test
    void aGuestWhoseDevicesCarryTheirOwnOrderIsReorderedThere() throws Exception {
        guest = EditGuest.define("boot-order");
        String perDevice = guest.inactiveXml().replace("<boot dev='cdrom'/>", "")
                .replace("<target dev='hdc' bus='ide'/>", "<target dev='hdc' bus='ide'/><boot order='1'/>");
        guest.apply(new ReplaceDefinition(perDevice));

        guest.apply(new SetBootOrder(List.of("vda", "cdrom"), null));

        Definition inactive = Definition.parse(guest.inactiveXml());
        assertThat(new BootOrder(inactive).perDevice()).isTrue();
        assertThat(new BootOrder(inactive).devices()).containsExactly("vda", "hdc");
        assertThat(guest.inactiveXml()).doesNotContain("<boot dev=").contains("<boot order='1'/>", "<boot order='2'/>");
    }

    @Test
    void titleAndDescriptionChangeOnTheRunningGuestAndForNextBoot() throws Exception {
        guest = EditGuest.define("title").start();

        EditOutcome outcome = guest.apply(new SetTitleDescription("Build box <1>", "Runs CI.\nAsk ops & build."));

        assertThat(outcome.effect()).isEqualTo(Effect.NOW_AND_NEXT_BOOT);
        assertThat(RealDaemon.virsh("desc", guest.name, "--live", "--title").strip()).isEqualTo("Build box <1>");
        assertThat(RealDaemon.virsh("desc", guest.name, "--config", "--title").strip()).isEqualTo("Build box <1>");
        assertThat(RealDaemon.virsh("desc", guest.name, "--live").strip()).isEqualTo("Runs CI.\nAsk ops & build.");
        assertThat(RealDaemon.virsh("desc", guest.name, "--config").strip()).isEqualTo("Runs CI.\nAsk ops & build.");

        guest.apply(new SetTitleDescription("", null));
        assertThat(guest.liveXml()).doesNotContain("<title>");
        assertThat(guest.inactiveXml()).doesNotContain("<title>").contains("Ask ops &amp; build.");
        guest.assertRefused(new SetTitleDescription("two\nlines", null), "A title is one line");
    }

    @Test
    void aNewPasswordAloneReachesTheRunningDisplayAListenAddressWaitsForNextBoot() throws Exception {
        guest = EditGuest.define("display").start();

        EditOutcome password = guest.apply(new SetDisplay(null, "n3w-pass", null));

        assertThat(password.effect()).isEqualTo(Effect.NOW_AND_NEXT_BOOT);
        assertThat(password.sentence()).doesNotContain("n3w-pass");
        assertThat(guest.liveXml()).contains("passwd='n3w-pass'");
        assertThat(guest.inactiveXml()).contains("passwd='n3w-pass'");

        EditOutcome listen = guest.apply(new SetDisplay("0.0.0.0", null, "virtio"));
        assertThat(listen.effect()).isEqualTo(Effect.NEXT_BOOT);
        assertThat(guest.inactiveXml()).contains("<listen type='address' address='0.0.0.0'/>")
                .contains("<model type='virtio'").contains("passwd='n3w-pass'");
        assertThat(guest.liveXml()).contains("<listen type='address' address='127.0.0.1'/>");
        guest.assertRefused(new SetDisplay(null, "far-too-long", null), "at most 8 characters");
    }

    @Test
    void editedXmlReplacesTheDefinitionUnlessItNamesAnotherGuestOrLibvirtsSchemaRefusesIt() throws Exception {
        guest = EditGuest.define("xml");
        String current = guest.inactiveXml();

        guest.assertRefused(new ReplaceDefinition(current.replace("<name>" + guest.name, "<name>" + guest.name + "-x")),
                "rename it with Rename instead");
        guest.assertRefused(new ReplaceDefinition(current.replace(guest.uuid, "00000000-0000-4000-8000-000000000001")),
                "a guest's UUID cannot change");
        String invalid = current.replace("<on_crash>destroy</on_crash>", "<on_crash>explode</on_crash>");
        assertThatThrownBy(() -> guest.apply(new ReplaceDefinition(invalid))).isInstanceOf(LibvirtException.class);
        assertThat(guest.inactiveXml()).isEqualTo(current);

        String edited = current.replace("<on_crash>destroy</on_crash>", "<on_crash>restart</on_crash>");
        EditOutcome outcome = guest.apply(new ReplaceDefinition(edited));

        assertThat(outcome.effect()).isEqualTo(Effect.NEXT_BOOT);
        assertThat(guest.inactiveXml()).isEqualTo(edited);
    }
}
