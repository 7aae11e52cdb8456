package dev.summit.connectors.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.xml.VirtXmlValidate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of a backup folder and the XML of its job, without a daemon. */
class BackupFilesTest {
    private static final String DOMAIN = """
            <domain type='kvm'><name>a&amp;b</name><devices>
              <disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/img/a b.qcow2'/><target dev='vda'/></disk>
              <disk type='file' device='disk'><source file='/img/ro.img'/><target dev='vdb'/><readonly/></disk>
              <disk type='file' device='cdrom'><source file='/iso/x.iso'/><target dev='hdc'/></disk>
              <disk type='block' device='disk'><source dev='/dev/sdz'/><target dev='vdc'/></disk>
            </devices></domain>""";

    @TempDir
    Path dir;

    @Test
    void theJobAndCheckpointXmlNameEveryDiskAndValidate() throws Exception {
        BackupDisks disks = new BackupDisks(DOMAIN);
        assertThat(disks.copied()).extracting(d -> d.target()).containsExactly("vda");
        assertThat(disks.unsupported()).extracting(d -> d.target()).containsExactly("vdc");
        String backup = disks.backupXml("/backups/g-1", "summit-1");
        assertThat(backup).contains("<incremental>summit-1</incremental>").contains("file=\"/backups/g-1/vda.qcow2\"")
                .contains("<disk backup=\"no\" name=\"hdc\"/>").contains("<disk backup=\"no\" name=\"vdb\"/>");
        VirtXmlValidate.assertValid(backup, "domainbackup");
        String checkpoint = disks.checkpointXml("summit-2");
        assertThat(checkpoint).contains("<disk checkpoint=\"bitmap\" name=\"vda\"/>").contains("<disk checkpoint=\"no\" name=\"hdc\"/>");
        VirtXmlValidate.assertValid(checkpoint, "domaincheckpoint");
    }

    @Test
    void aManifestRoundTripsAndAFolderWithoutOneIsNotABackup() throws Exception {
        BackupManifest manifest = new BackupManifest("a \"quoted\" guest", "u-1", Instant.parse("2026-12-07T08:00:00Z"),
                BackupKind.INCREMENTAL, "g-20261207-070000", "summit-x",
                List.of(new BackupManifest.Disk("vda", "vda.qcow2", "/img/a\\b.qcow2", 1L << 30, 12345)));
        assertThat(BackupManifest.parse(manifest.toJson())).isEqualTo(manifest);

        Path unfinished = Files.createDirectory(dir.resolve("g-20261207-080000"));
        BackupFolder.writeUnfinished(unfinished, "g", "u-1", "summit-x", BackupKind.FULL);
        assertThat(BackupFolder.list(dir)).isEmpty();
        assertThat(BackupFolder.unfinished(dir)).singleElement()
                .satisfies(u -> assertThat(u.checkpoint()).isEqualTo("summit-x"));
        BackupFolder.finish(unfinished, manifest);
        assertThat(BackupFolder.list(dir)).extracting(StoredBackup::manifest).containsExactly(manifest);
        assertThat(BackupFolder.unfinished(dir)).isEmpty();
        assertThatThrownBy(() -> BackupFolder.chain(BackupFolder.read(unfinished)))
                .hasMessageContaining("builds on 'g-20261207-070000', which is not a finished backup");
    }

    @Test
    void aMissingFolderAndAForeignFileAreNamed() {
        assertThat(BackupFolder.writableProblem(dir.resolve("nope"))).contains("does not exist");
        assertThatThrownBy(() -> BackupManifest.parse("{\"format\": \"other\"}")).hasMessageContaining("not a Summit backup manifest");
        assertThat(QemuImg.chainSpec(List.of(Path.of("/b/full/vda.qcow2"), Path.of("/b/inc/vda.qcow2"))))
                .isEqualTo("json:{\"driver\":\"qcow2\",\"file\":{\"driver\":\"file\",\"filename\":\"/b/inc/vda.qcow2\"},"
                        + "\"backing\":{\"driver\":\"qcow2\",\"file\":{\"driver\":\"file\",\"filename\":\"/b/full/vda.qcow2\"}}}");
    }
}
