package dev.summit.app.guest.details;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.edit.device.BootOrder;
import dev.summit.connectors.edit.device.CdromDevices;
import dev.summit.connectors.edit.device.GuestIdentity;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Boot, Display, Identity and CD/DVD view-models without a window, against the test driver's running 'fuji'. */
class SettingsViewModelTest {
    private TestDriverGuest fuji;

    @BeforeEach
    void connect() throws Exception {
        fuji = new TestDriverGuest(TestDriverGuest.FUJI);
    }

    @AfterEach
    void close() {
        fuji.close();
    }

    @Test
    void theBootMenuAndOrderApplyAtNextBootAndTheSameAgainSendsNothing() throws Exception {
        BootViewModel boot = new BootViewModel(fuji::apply);
        boot.show(fuji.read());
        boot.apply(List.of("CD/DVD sda", "Disk vda"), true).get(10, TimeUnit.SECONDS);
        assertThat(boot.feedback().problemProperty().get()).isEmpty();
        assertThat(boot.feedback().outcomeProperty().get()).endsWith(": applies at next boot.");
        BootOrder order = new BootOrder(fuji.read().persistent());
        assertThat(order.devices()).containsExactly("cdrom", "hd");
        assertThat(order.menu()).isTrue();

        boot.show(fuji.read());
        int before = fuji.sent();
        boot.apply(List.of("CD/DVD sda", "Disk vda"), true).get(10, TimeUnit.SECONDS);
        assertThat(boot.feedback().outcomeProperty().get()).isEqualTo("Nothing to change: the guest boots like this already.");
        assertThat(fuji.sent()).isEqualTo(before);
        boot.apply(List.of(), true).get(10, TimeUnit.SECONDS);
        assertThat(boot.feedback().problemProperty().get()).isEqualTo("Tick at least one device to boot from.");
    }

    @Test
    void aGuestWithoutVncHasNoListenAddressToSet() throws Exception {
        DisplayViewModel display = new DisplayViewModel(fuji::apply);
        display.show(fuji.read());
        display.apply("0.0.0.0", "", false, "").get(10, TimeUnit.SECONDS);
        assertThat(display.feedback().problemProperty().get())
                .isEqualTo("The guest has no VNC display to set a listen address or password for.");
        assertThat(fuji.sent()).isZero();
    }

    @Test
    void aRunningGuestKeepsItsNameButTakesATitle() throws Exception {
        CompletableFuture<dev.summit.connectors.edit.EditOutcome> never = new CompletableFuture<>();
        IdentityViewModel identity = new IdentityViewModel(fuji::apply, name -> never);
        identity.show(fuji.read());
        identity.rename("fuji2").get(10, TimeUnit.SECONDS);
        assertThat(identity.feedback().problemProperty().get()).startsWith("Shut the guest off to rename it");
        identity.applyText("Fuji the first", "").get(10, TimeUnit.SECONDS);
        assertThat(identity.feedback().problemProperty().get()).isEmpty();
        assertThat(new GuestIdentity(fuji.read().persistent()).title()).isEqualTo("Fuji the first");
    }

    @Test
    void insertingNeedsAnImageAndAnEjectTheHostCannotDoChangesNothing() throws Exception {
        CdromViewModel drive = new CdromViewModel("sda", fuji::apply);
        drive.show(fuji.read());
        drive.insert("  ").get(10, TimeUnit.SECONDS);
        assertThat(drive.feedback().problemProperty().get()).isEqualTo("Choose an ISO image, or give its path on the host.");
        assertThat(fuji.sent()).isZero();
        // The test driver cannot change a running guest's media: the editor puts the definition back.
        drive.eject().get(10, TimeUnit.SECONDS);
        assertThat(drive.feedback().problemProperty().get()).startsWith("Could not eject CD/DVD drive sda");
        assertThat(drive.feedback().outcomeProperty().get()).isEmpty();
        assertThat(new CdromDevices(fuji.read().persistent()).find("sda").orElseThrow().media())
                .isEqualTo("/var/lib/libvirt/images/debian.iso");
        // An image of this computer that could not reach a remote host is never put into the drive.
        CdromViewModel uploading = new CdromViewModel("sda", fuji::apply,
                typed -> CompletableFuture.failedFuture(new IllegalStateException("The upload of " + typed + " stopped: link down")));
        uploading.insert("/home/me/debian-12.iso").get(10, TimeUnit.SECONDS);
        assertThat(uploading.feedback().problemProperty().get()).contains("/home/me/debian-12.iso", "link down");
        assertThat(new CdromDevices(fuji.read().persistent()).find("sda").orElseThrow().media())
                .isEqualTo("/var/lib/libvirt/images/debian.iso");
    }
}
