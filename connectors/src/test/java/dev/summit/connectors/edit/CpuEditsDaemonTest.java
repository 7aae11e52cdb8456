package dev.summit.connectors.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.edit.change.PinEmulator;
import dev.summit.connectors.edit.change.PinVcpu;
import dev.summit.connectors.edit.change.SetCpuModel;
import dev.summit.connectors.edit.change.SetVcpus;
import dev.summit.connectors.edit.device.CpuSet;
import dev.summit.connectors.edit.device.CpuTopology;
import dev.summit.connectors.testing.RealDaemon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** vCPUs, CPU model and pinning on a real running KVM guest, checked with virsh as an admin would. */
@Tag("daemon")
class CpuEditsDaemonTest {
    private EditGuest guest;

    @AfterEach
    void remove() throws Exception {
        if (guest != null) {
            guest.close();
        }
    }

    @Test
    void aSecondVcpuIsPluggedIntoTheRunningGuestAndKeptForNextBoot() throws Exception {
        guest = EditGuest.define("vcpu").start();
        assertThat(vcpucount("current", "--live")).isEqualTo(1);

        EditOutcome outcome = guest.apply(new SetVcpus(2, null));

        assertThat(outcome.effect()).isEqualTo(Effect.NOW_AND_NEXT_BOOT);
        assertThat(vcpucount("current", "--live")).isEqualTo(2);
        assertThat(vcpucount("current", "--config")).isEqualTo(2);
        assertThat(vcpucount("maximum", "--config")).isEqualTo(2);
    }

    @Test
    void aVcpuQemuCannotUnplugStaysUntilNextBootWhichHasFewer() throws Exception {
        guest = EditGuest.define("unplug").start();
        guest.apply(new SetVcpus(2, null));

        EditOutcome outcome = guest.apply(new SetVcpus(1, null));

        // QEMU's qemu64 vCPUs on this machine type cannot be unplugged: the lower count waits for the boot.
        assertThat(outcome.effect()).isEqualTo(Effect.NEXT_BOOT);
        assertThat(vcpucount("current", "--live")).isEqualTo(2);
        assertThat(vcpucount("current", "--config")).isEqualTo(1);
    }

    @Test
    void vcpuCountsTheHostOrTheMaximumCannotHoldAreRefusedAndNothingChanges() throws Exception {
        guest = EditGuest.define("vcpu-refused").start();

        guest.assertRefused(new SetVcpus(null, 3), "A maximum of 3 vCPUs is more than the host's 2 CPUs.");
        guest.assertRefused(new SetVcpus(3, 2), "3 vCPUs is more than the maximum, 2.");
        guest.assertRefused(new SetVcpus(0, null), "A guest needs at least 1 vCPU.");
        guest.assertRefused(new SetCpuModel(null, CpuTopology.of(2, 2, 1)), "holds 4 vCPUs; the guest has a maximum of 2");
        assertThat(vcpucount("current", "--live")).isEqualTo(1);
    }

    @Test
    void theCpuModelAndTopologyChangeAtNextBoot() throws Exception {
        guest = EditGuest.define("model").start();

        EditOutcome outcome = guest.apply(new SetCpuModel("host-passthrough", CpuTopology.of(1, 2, 1)));

        assertThat(outcome.effect()).isEqualTo(Effect.NEXT_BOOT);
        assertThat(guest.inactiveXml()).contains("<cpu mode='host-passthrough'")
                .contains("<topology sockets='1' dies='1' cores='2' threads='1'/>");
        assertThat(guest.liveXml()).doesNotContain("host-passthrough");
    }

    @Test
    void vcpuAndEmulatorPinsApplyNowAndAtNextBoot() throws Exception {
        guest = EditGuest.define("pin").start();

        assertThat(guest.apply(new PinVcpu(0, CpuSet.of(1))).effect()).isEqualTo(Effect.NOW_AND_NEXT_BOOT);
        assertThat(guest.apply(new PinEmulator(CpuSet.of(0))).effect()).isEqualTo(Effect.NOW_AND_NEXT_BOOT);

        assertThat(affinity(RealDaemon.virsh("vcpupin", guest.name, "--live", "0"))).isEqualTo("1");
        assertThat(affinity(RealDaemon.virsh("vcpupin", guest.name, "--config", "0"))).isEqualTo("1");
        assertThat(affinity(RealDaemon.virsh("emulatorpin", guest.name, "--live"))).isEqualTo("0");
        assertThat(affinity(RealDaemon.virsh("emulatorpin", guest.name, "--config"))).isEqualTo("0");
        // vCPU 1 is not plugged in yet but exists up to the maximum: pinned live and for next boot alike.
        guest.apply(new PinVcpu(1, CpuSet.parse("0-1,^1")));
        assertThat(affinity(RealDaemon.virsh("vcpupin", guest.name, "--config", "1"))).isEqualTo("0");
    }

    @Test
    void pinsToCpusTheHostLacksOrVcpusTheGuestLacksAreRefusedAndNothingChanges() throws Exception {
        guest = EditGuest.define("pin-refused").start();

        guest.assertRefused(new PinVcpu(0, CpuSet.of(2)), "The host has no CPU 2; its CPUs are 0 to 1.");
        guest.assertRefused(new PinVcpu(2, CpuSet.of(0)), "The guest has no vCPU 2; its vCPUs are 0 to 1.");
        guest.assertRefused(new PinEmulator(CpuSet.parse("0-5")), "The host has no CPU 5");
        assertThat(affinity(RealDaemon.virsh("vcpupin", guest.name, "--live", "0"))).isEqualTo("0-1");
    }

    private int vcpucount(String which, String scope) {
        return Integer.parseInt(RealDaemon.virsh("vcpucount", guest.name, "--" + which, scope).strip());
    }

    /** The affinity column of virsh vcpupin / emulatorpin's one row ("0   1" or "*: 0"). */
    private static String affinity(String virshOutput) {
        String row = virshOutput.strip().lines().reduce((first, second) -> second).orElseThrow().strip();
        String[] columns = row.split("[\\s:]+");
        return columns[columns.length - 1];
    }
}
