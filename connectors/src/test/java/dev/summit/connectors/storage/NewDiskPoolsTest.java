package dev.summit.connectors.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which pools a new guest disk may be written into. */
class NewDiskPoolsTest {
    private static PoolSummary dir(String name, String path) {
        return new PoolSummary(name, "dir", true, 100, 10, 90, path);
    }

    private static VolumeSummary volume(String name, String format) {
        return new VolumeSummary("p", name, "/x/" + name, format, 1, 1);
    }

    @Test
    void aPackagesSystemDirectoryNeverReceivesADisk() {
        assertThat(NewDiskPools.unsuitable(dir("grub-rescue", "/usr/lib/grub-rescue"), List.of()))
                .hasValue("pool 'grub-rescue' is the system directory /usr/lib/grub-rescue");
        assertThat(NewDiskPools.unsuitable(dir("etc", "/etc/"), List.of())).isPresent();
        assertThat(NewDiskPools.forbidden(dir("grub-rescue", "/usr/lib/grub-rescue"))).isPresent();
        assertThat(NewDiskPools.unsuitable(dir("root", "/"), List.of())).isPresent();
    }

    @Test
    void aPoolOfOnlyInstallMediaIsNotProposed() {
        PoolSummary isos = dir("isos", "/srv/isos");
        assertThat(NewDiskPools.unsuitable(isos, List.of(volume("debian.iso", "raw"), volume("rescue", "iso"))))
                .hasValue("pool 'isos' holds only install media");
        assertThat(NewDiskPools.unsuitable(isos, List.of(volume("debian.iso", "raw"), volume("fuji.qcow2", "qcow2"))))
                .isEmpty();
        // Asked for by name it may still be used; "default" holding an uploaded ISO is still proposed.
        assertThat(NewDiskPools.forbidden(isos)).isEmpty();
        assertThat(NewDiskPools.unsuitable(dir("default", "/var/lib/libvirt/images"), List.of(volume("debian.iso", "raw"))))
                .isEmpty();
    }

    @Test
    void ordinaryPoolsTakeDisks() {
        assertThat(NewDiskPools.unsuitable(dir("default", "/var/lib/libvirt/images"), List.of())).isEmpty();
        assertThat(NewDiskPools.unsuitable(dir("local", "/usr/local/vms"), List.of())).isEmpty();
        assertThat(NewDiskPools.unsuitable(dir("home", "/home/ana/vms"), List.of(volume("a.qcow2", "qcow2")))).isEmpty();
        assertThat(NewDiskPools.unsuitable(new PoolSummary("lvm", "logical", true, 1, 1, 1, "/dev/vg0"), List.of())).isEmpty();
    }
}
