package dev.summit.connectors.edit.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditGolden;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.device.CdromDevices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.libvirt.LibvirtException;

/** Media changes on the golden guest's CD drive, against the test driver's pools. */
class CdromEditsTest {
    private final EditHost host;

    CdromEditsTest() throws LibvirtException {
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

    @Test
    void ejectingEmptiesTheFirstDriveAndKeepsIt() {
        EditGolden.assertOut("change-media-eject", edit("change-media-eject", new ChangeMedia(null, null)));
    }

    @Test
    void aPoolIsoGivenAsPoolSlashVolumeGoesInByItsPath() {
        Definition guest = edit("change-media-insert", new ChangeMedia("hdc", "images/install.iso"));

        EditGolden.assertOut("change-media-insert", guest);
        assertThat(new CdromDevices(guest).find("hdc").orElseThrow().media()).isEqualTo("/var/lib/libvirt/images/install.iso");
    }

    @Test
    void refusesAnImageTheHostDoesNotHaveAndADriveTheGuestDoesNotHave() {
        Definition guest = EditGolden.in("guest");
        String before = guest.serialize();
        assertThatThrownBy(() -> new ChangeMedia(null, "/no/such.iso").edit(guest, null, host.context(guest)))
                .isInstanceOf(EditRefused.class).hasMessage("There is no image /no/such.iso on the host.");
        assertThatThrownBy(() -> new ChangeMedia(null, "images/none.iso").edit(guest, null, host.context(guest)))
                .hasMessageContaining("no volume 'none.iso' in storage pool 'images'");
        assertThatThrownBy(() -> new ChangeMedia(null, "none.iso").edit(guest, null, host.context(guest)))
                .hasMessageContaining("neither an absolute path on the host nor POOL/VOLUME");
        assertThatThrownBy(() -> new ChangeMedia("sdb", null).edit(guest, null, host.context(guest)))
                .hasMessage("'golden' has no CD/DVD drive sdb; its drives are hdc.");
        assertThat(guest.serialize()).isEqualTo(before);
    }

    @Test
    void aGuestWithoutADriveIsToldToAddOneFirst() {
        Definition bare = EditGolden.in("guest");
        new CdromDevices(bare).all().forEach(cd -> cd.element().getParentNode().removeChild(cd.element()));
        assertThatThrownBy(() -> new ChangeMedia(null, "images/install.iso").edit(bare, null, host.context(bare)))
                .hasMessage("'golden' has no CD/DVD drive; add a CD drive first.");
    }

    @Test
    void aNewDriveIsEmptyReadOnlyAndOnTheMachinesBus() {
        EditGolden.assertOut("add-cdrom", edit("add-cdrom", new AddCdrom(null)));
    }
}
