package dev.summit.connectors.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.testing.TwoHosts;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The qcow2 v2 → v3 upgrade of a guest of the fixture's second host, reached over
 * {@code qemu+ssh://}: libvirt copies the image as v3 beside the old one there, the guest is
 * pointed at the copy, the old image goes; refused while the guest runs or has snapshots.
 */
@Tag("daemon")
class RemoteDiskUpgradeDaemonTest {
    private final String name = "summit-test-remotebackup-up-" + Long.toHexString(System.nanoTime());
    private TwoHosts hosts;
    private Path images;
    private String uuid;

    @BeforeEach
    void v2GuestOnHostB() throws Exception {
        hosts = TwoHosts.get();
        // libvirt 9.0 makes qcow2 volumes as version 2 (compat 0.10).
        hosts.localGuest(hosts.uriB(), name, 4, false);
        images = hosts.localImagesOf(hosts.uriB());
        uuid = hosts.virsh(hosts.uriB(), "domuuid", name).strip();
    }

    @AfterEach
    void remove() {
        hosts.virshOk(hosts.uriB(), "destroy", name);
        hosts.virshOk(hosts.uriB(), "undefine", name, "--snapshots-metadata");
        for (String volume : volumes()) {
            hosts.virshOk(hosts.uriB(), "vol-delete", "--pool", "default", volume);
        }
    }

    private List<String> volumes() {
        hosts.virshOk(hosts.uriB(), "pool-refresh", "default");
        return Arrays.stream(hosts.virsh(hosts.uriB(), "vol-list", "default").split("\n")).map(String::strip)
                .filter(l -> l.startsWith(name)).map(l -> l.split("\\s+")[0]).toList();
    }

    @Test
    void aShutOffGuestsV2DiskIsCopiedAsV3AndTheGuestPointedAtIt() throws Exception {
        String old = "/var/lib/libvirt/images/" + name + ".qcow2";
        assertThat(RealDaemon.run("qemu-img", "info", images.resolve(name + ".qcow2").toString())).contains("compat: 0.10");
        assertThat(DiskUpgrade.oldImages(hosts.sshB(), uuid)).containsExactly(old);
        hosts.virsh(hosts.uriB(), "start", name);
        assertThatThrownBy(() -> DiskUpgrade.upgrade(hosts.sshB(), uuid)).isInstanceOf(BackupFailed.class)
                .hasMessageContaining("shut it off");
        hosts.virsh(hosts.uriB(), "destroy", name);

        List<String> upgraded = DiskUpgrade.upgrade(hosts.sshB(), uuid);
        assertThat(upgraded).singleElement().asString().startsWith("/var/lib/libvirt/images/" + name + ".v3-");
        assertThat(hosts.virsh(hosts.uriB(), "domblklist", name)).contains(upgraded.get(0)).doesNotContain(old);
        assertThat(volumes()).containsExactly(Path.of(upgraded.get(0)).getFileName().toString());
        Path copy = images.resolve(Path.of(upgraded.get(0)).getFileName());
        assertThat(RealDaemon.run("qemu-img", "info", copy.toString())).contains("compat: 1.1");
        RealDaemon.runQemuIo(copy, "read -P 0x5a 0 4M");
        assertThat(DiskUpgrade.oldImages(hosts.sshB(), uuid)).isEmpty();
    }

    @Test
    void aGuestWithSnapshotsIsRefusedAndKeepsItsDisk() throws Exception {
        hosts.virsh(hosts.uriB(), "snapshot-create-as", name, "before");
        assertThatThrownBy(() -> DiskUpgrade.upgrade(hosts.sshB(), uuid)).isInstanceOf(BackupFailed.class)
                .hasMessageContaining("has snapshots");
        assertThat(volumes()).containsExactly(name + ".qcow2");
        assertThat(hosts.virsh(hosts.uriB(), "domblklist", name)).contains(name + ".qcow2");
    }
}
