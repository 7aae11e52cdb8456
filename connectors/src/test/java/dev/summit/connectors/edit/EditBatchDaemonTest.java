package dev.summit.connectors.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.edit.change.PinVcpu;
import dev.summit.connectors.edit.change.SetTitleDescription;
import dev.summit.connectors.edit.change.SetVcpus;
import dev.summit.connectors.edit.device.CpuSet;
import dev.summit.connectors.testing.RealDaemon;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * Several changes applied as one (`summit edit --vcpus … --pin … --title …`) on a running KVM guest:
 * when libvirt refuses a later part's live half, the parts already made live are taken back, so
 * the running guest and its definition are both as they were. A vCPU plugged in cannot always be
 * unplugged (QEMU refuses for this machine's CPU model), so it is plugged last.
 */
@Tag("daemon")
class EditBatchDaemonTest {
    private EditGuest guest;

    @AfterEach
    void remove() throws Exception {
        if (guest != null) {
            guest.close();
        }
    }

    @Test
    void aLaterLiveFailureTakesBackTheEarlierLiveParts() throws Exception {
        guest = EditGuest.define("batch").start();
        String inactiveBefore = guest.inactiveXml();
        String vcpusBefore = RealDaemon.virsh("vcpucount", guest.name, "--live", "--current").strip();
        String pinBefore = RealDaemon.virsh("vcpupin", guest.name, "0", "--live");

        EditBatch batch = new EditBatch(List.of(new SetVcpus(2, null), new PinVcpu(0, CpuSet.of(1)),
                new SetTitleDescription("batch title", null), new RefusedByLibvirt()));
        assertThatThrownBy(() -> guest.apply(batch)).isInstanceOf(LibvirtException.class);

        assertThat(guest.inactiveXml()).isEqualTo(inactiveBefore);
        assertThat(RealDaemon.virsh("vcpucount", guest.name, "--live", "--current").strip()).isEqualTo(vcpusBefore);
        assertThat(RealDaemon.virsh("vcpupin", guest.name, "0", "--live")).isEqualTo(pinBefore);
        assertThat(guest.liveXml()).doesNotContain("batch title");
    }

    @Test
    void theSameBatchWithoutTheFailingPartIsMadeLiveAndForNextBoot() throws Exception {
        guest = EditGuest.define("batch-ok").start();

        EditBatch batch = new EditBatch(List.of(new SetVcpus(2, null), new PinVcpu(0, CpuSet.of(1)),
                new SetTitleDescription("batch title", null)));
        guest.apply(batch);

        assertThat(batch.outcomes()).extracting(EditOutcome::effect).containsOnly(Effect.NOW_AND_NEXT_BOOT);
        assertThat(RealDaemon.virsh("vcpucount", guest.name, "--live", "--current").strip()).isEqualTo("2");
        assertThat(guest.liveXml()).contains("<vcpupin vcpu='0' cpuset='1'/>");
        assertThat(guest.liveXml()).contains("<title>batch title</title>");
        assertThat(guest.inactiveXml()).contains("<title>batch title</title>");
    }

    /** A part whose live half libvirt itself refuses: more memory now than the guest may ever have. */
    private static final class RefusedByLibvirt implements GuestEdit {
        @Override
        public String describe() {
            return "set current memory above the maximum";
        }

        @Override
        public void edit(Definition next, Definition live, EditContext context) {
            // nothing for next boot: the refusal must come from libvirt, on the running guest
        }

        @Override
        public Live applyLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
            domain.setMemory(domain.getMaxMemory() * 4);
            return Live.DONE;
        }

        /** Among the parts that can be taken back, so it fails before the vCPU is plugged (which cannot be). */
        @Override
        public boolean liveUndoable() {
            return true;
        }

        @Override
        public void undoLive(Domain domain, Definition live, EditContext context) {
            // never made live
        }
    }
}
