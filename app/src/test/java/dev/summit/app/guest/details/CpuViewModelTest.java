package dev.summit.app.guest.details;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.edit.device.CpuModel;
import dev.summit.connectors.edit.device.CpuPinning;
import dev.summit.connectors.edit.device.CpuSet;
import dev.summit.connectors.edit.device.VcpuSettings;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CPUs page without a window, against the test driver's running 'fuji' (2 vCPUs). */
class CpuViewModelTest {
    private TestDriverGuest fuji;
    private CpuViewModel model;

    @BeforeEach
    void connect() throws Exception {
        fuji = new TestDriverGuest(TestDriverGuest.FUJI);
        model = new CpuViewModel(fuji::apply);
        model.show(fuji.read());
    }

    @AfterEach
    void close() {
        fuji.close();
    }

    @Test
    void fewerVcpusOnARunningGuestApplyNowAndStay() throws Exception {
        model.applyVcpus("1", "2").get(10, TimeUnit.SECONDS);
        assertThat(model.feedback().problemProperty().get()).isEmpty();
        assertThat(model.feedback().outcomeProperty().get()).isEqualTo("Set vCPUs to 1: applied now and kept for next boot.");
        assertThat(new VcpuSettings(fuji.read().live()).current()).isEqualTo(1);
        assertThat(new VcpuSettings(fuji.read().persistent()).current()).isEqualTo(1);
    }

    @Test
    void aHigherMaximumIsForTheNextBootAndPendingUntilThen() throws Exception {
        model.applyVcpus("2", "4").get(10, TimeUnit.SECONDS);
        assertThat(model.feedback().outcomeProperty().get()).isEqualTo("Set maximum vCPUs to 4: applies at next boot.");
        model.show(fuji.read());
        assertThat(model.pendingVcpusProperty().get()).isEqualTo("pending — at next boot (running with 2 of 2)");
    }

    @Test
    void badCountsAndImpossibleTopologiesChangeNothing() throws Exception {
        model.applyVcpus("two", "2").get(10, TimeUnit.SECONDS);
        assertThat(model.feedback().problemProperty().get()).isEqualTo("vCPUs must be a whole number above 0, not 'two'.");
        assertThat(fuji.sent()).isZero();

        model.applyModel(CpuModel.HOST_PASSTHROUGH, "", "2", "2", "1").get(10, TimeUnit.SECONDS);
        assertThat(model.feedback().problemProperty().get())
                .isEqualTo("The topology 2 sockets × 2 cores × 1 thread holds 4 vCPUs; the guest has a maximum of 2.");
        assertThat(new CpuModel(fuji.read().persistent()).mode()).isNull();
    }

    @Test
    void pinningAShutOffGuestSendsOnlyTheRowsThatChanged() throws Exception {
        fuji.close();
        fuji = new TestDriverGuest(TestDriverGuest.DENALI);
        model = new CpuViewModel(fuji::apply);
        model.show(fuji.read());
        model.applyPinning(List.of(List.of(0), List.of()), List.of(0)).get(10, TimeUnit.SECONDS);
        assertThat(model.feedback().problemProperty().get()).isEmpty();
        assertThat(model.feedback().outcomeProperty().get().lines()).hasSize(2).allMatch(line -> line.endsWith("applies at next boot."));
        CpuPinning pinning = new CpuPinning(fuji.read().persistent());
        assertThat(pinning.vcpuPins()).containsEntry(0, CpuSet.of(0)).doesNotContainKey(1);
        assertThat(pinning.emulatorPin()).isEqualTo(CpuSet.of(0));

        model.show(fuji.read());
        int before = fuji.sent();
        model.applyPinning(List.of(List.of(0), List.of()), List.of(0)).get(10, TimeUnit.SECONDS);
        assertThat(model.feedback().outcomeProperty().get()).isEqualTo("Nothing to change: the guest is pinned like this already.");
        assertThat(fuji.sent()).isEqualTo(before);
    }
}
