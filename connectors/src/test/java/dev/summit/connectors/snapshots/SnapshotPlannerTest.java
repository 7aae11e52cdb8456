package dev.summit.connectors.snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kind Summit chooses for a guest, and the XML it asks libvirt for. */
class SnapshotPlannerTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 8, 30, 0);
    private static final SnapshotTree NONE = new SnapshotTree(List.of());

    private static String guest(String os, String format) {
        return """
                <domain type='kvm'><name>g</name>%s<devices>
                  <disk type='file' device='disk'><driver name='qemu' type='%s'/><source file='/pool/g.img'/><target dev='vda'/></disk>
                  <disk type='file' device='cdrom'><driver name='qemu' type='raw'/><source file='/pool/x.iso'/><target dev='hdc'/><readonly/></disk>
                </devices></domain>
                """.formatted(os, format);
    }

    @Test
    void qcow2OnBiosIsInternalAndLeavesTheCdromOut() {
        SnapshotPlan plan = SnapshotPlanner.plan(new SnapshotRequest("", "", false, false), "g",
                guest("<os><type>hvm</type></os>", "qcow2"), true, NONE, NOW);
        assertThat(plan.kind()).isEqualTo(SnapshotKind.INTERNAL);
        assertThat(plan.name()).isEqualTo("snapshot-20261207-083000");
        assertThat(plan.excluded()).containsExactly("hdc");
    }

    @Test
    void uefiAndRawDisksGetExternalSnapshotsWithTheReason() {
        SnapshotPlan uefi = SnapshotPlanner.plan(new SnapshotRequest("s", "", false, false), "g",
                guest("<os firmware='efi'><type>hvm</type></os>", "qcow2"), true, NONE, NOW);
        assertThat(uefi.kind()).isEqualTo(SnapshotKind.EXTERNAL_WITH_MEMORY);
        assertThat(uefi.why()).contains("UEFI");
        assertThat(uefi.overlays()).containsEntry("vda", "/pool/g.s.vda.qcow2");
        assertThat(uefi.memoryFile()).isEqualTo("/pool/g.s.mem");

        SnapshotPlan raw = SnapshotPlanner.plan(new SnapshotRequest("s", "", false, false), "g",
                guest("<os><type>hvm</type></os>", "raw"), false, NONE, NOW);
        assertThat(raw.kind()).isEqualTo(SnapshotKind.EXTERNAL_DISK_ONLY);
        assertThat(raw.why()).contains("vda is raw");
    }

    @Test
    void diskOnlyOfARunningGuestIsExternalWithoutMemory() {
        SnapshotPlan plan = SnapshotPlanner.plan(new SnapshotRequest("s", "", false, true), "g",
                guest("<os><type>hvm</type></os>", "qcow2"), true, NONE, NOW);
        assertThat(plan.kind()).isEqualTo(SnapshotKind.EXTERNAL_DISK_ONLY);
        assertThat(plan.memoryFile()).isNull();
    }

    @Test
    void aUefiGuestWithInternalSnapshotsIsRefusedWithBothReasons() {
        Snapshot internal = new Snapshot("old", null, new SnapshotMoment(java.time.Instant.EPOCH, "shutoff", ""),
                SnapshotKind.INTERNAL, true, List.of(), null, "<domainsnapshot/>");
        assertThatThrownBy(() -> SnapshotPlanner.plan(new SnapshotRequest("s", "", false, false), "g",
                guest("<os><type>hvm</type><loader type='pflash'>/x</loader></os>", "qcow2"), false,
                new SnapshotTree(List.of(internal)), NOW))
                .isInstanceOf(SnapshotRefused.class).hasMessageContaining("mixes internal and external")
                .hasMessageContaining("UEFI");
    }

    @Test
    void userTextIsEscapedByTheDomAndReadBackAsTyped() {
        String name = "a<b>&\"c'";
        String xml = SnapshotXml.createXml(name, "x </description><evil/>", SnapshotKind.EXTERNAL_DISK_ONLY,
                Map.of("vda", "/pool/a&b.qcow2"), List.of("hdc"), null);
        Snapshot parsed = SnapshotXml.parse(xml, false);
        assertThat(parsed.name()).isEqualTo(name);
        assertThat(parsed.description()).isEqualTo("x </description><evil/>");
        assertThat(parsed.disks()).extracting(SnapshotDisk::overlay).containsExactly("/pool/a&b.qcow2");
        assertThat(xml).doesNotContain("<evil/>");
    }
}
