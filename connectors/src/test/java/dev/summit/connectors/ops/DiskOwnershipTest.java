package dev.summit.connectors.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.xml.DomainDisk;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiskOwnershipTest {
    private static DomainDisk disk(String device, String source, boolean readOnly, boolean shareable) {
        return new DomainDisk(device, "file", source, "vda", readOnly, shareable, List.of());
    }

    private static boolean removed(DomainDisk disk, Map<String, List<DomainDisk>> others) {
        return DiskOwnership.decide(List.of(disk), others).get(0).remove();
    }

    @Test
    void aPlainDiskNobodyElseUsesIsTheGuestsOwn() {
        assertThat(removed(disk("disk", "/img/a.qcow2", false, false), Map.of())).isTrue();
    }

    @Test
    void installMediaReadOnlyAndShareableDisksAreKept() {
        assertThat(removed(disk("cdrom", "/img/debian.iso", true, false), Map.of())).isFalse();
        assertThat(removed(disk("disk", "/img/debian.iso", false, false), Map.of())).as("ISO attached as disk").isFalse();
        assertThat(removed(disk("disk", "/img/ro.raw", true, false), Map.of())).isFalse();
        assertThat(removed(disk("disk", "/img/cluster.raw", false, true), Map.of())).isFalse();
    }

    @Test
    void aDiskAnotherGuestUsesOrBuildsOnIsKept() {
        DomainDisk base = disk("disk", "/img/base.qcow2", false, false);
        DomainDisk overlay = new DomainDisk("disk", "file", "/img/clone.qcow2", "vda", false, false, List.of("/img/base.qcow2"));
        List<DiskDecision> decisions = DiskOwnership.decide(List.of(base), Map.of("clone", List.of(overlay)));
        assertThat(decisions.get(0).remove()).isFalse();
        assertThat(decisions.get(0).why()).isEqualTo("kept: backing image of 'clone'");
    }

    @Test
    void anEmptyDriveIsNotListed() {
        assertThat(DiskOwnership.decide(List.of(disk("cdrom", null, true, false)), Map.of())).isEmpty();
    }
}
