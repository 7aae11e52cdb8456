package dev.summit.connectors.osinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsoIdentityTest {
    @TempDir
    Path dir;

    @Test
    void readsTheGrubRescueIsosVolumeId() throws Exception {
        IsoIdentity iso = IsoIdentity.read(Path.of("/usr/lib/grub-rescue/grub-rescue-cdrom.iso"));

        assertThat(iso.volumeId()).isEqualTo("ISOIMAGE");
    }

    @Test
    void readsTheIdsOfAnIsoMadeWithADebianNetinstVolumeId() throws Exception {
        Path made = TestIsos.make(dir, "Debian 11.5.0 amd64 n", "LINUX");

        IsoIdentity iso = IsoIdentity.read(made);

        assertThat(iso.volumeId()).isEqualTo("Debian 11.5.0 amd64 n");
        assertThat(iso.systemId()).isEqualTo("LINUX");
    }

    @Test
    void aFileWithoutTheDescriptorIsNotAnIso() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.iso"), "x".repeat(40_000));
        Path tiny = Files.writeString(dir.resolve("tiny.iso"), "CD001");

        assertThatThrownBy(() -> IsoIdentity.read(text)).isInstanceOf(NotAnIsoException.class)
                .hasMessageEndingWith("notes.iso is not an ISO image (no ISO-9660 volume descriptor)");
        assertThatThrownBy(() -> IsoIdentity.read(tiny)).isInstanceOf(NotAnIsoException.class);
    }

    @Test
    void aMissingFileFailsAsIoError() {
        assertThatThrownBy(() -> IsoIdentity.read(dir.resolve("gone.iso"))).isInstanceOf(NoSuchFileException.class);
    }
}
