package dev.summit.connectors.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.TwoHosts;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A volume of the second fixture host downloaded to this computer over {@code qemu+ssh://} and
 * {@code qemu+tls://}: the stream crosses the SSH tunnel libvirt's client opens, or the TLS session
 * made with the fixture's own certificates, holes included.
 */
@Tag("daemon")
class RemoteDownloadDaemonTest {
    private static final long MIB = 1 << 20;
    private static TwoHosts hosts;

    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private final String volume = "storage-remote-" + Long.toHexString(System.nanoTime()) + ".img";

    @TempDir
    Path here;

    @BeforeAll
    static void startHosts() {
        hosts = TwoHosts.get();
    }

    @AfterEach
    void cleanUp() {
        engine.close();
        hosts.virshOk(hosts.uriB(), "vol-delete", "--pool", "default", volume);
    }

    @Test
    void aVolumeOfAnSshHostArrivesWithTheSameBytesAndItsHolesKept() throws Exception {
        downloadsSparse(hosts.sshB());
    }

    @Test
    void aVolumeOfATlsHostArrivesWithTheSameBytesAndItsHolesKept() throws Exception {
        assertThat(hosts.tlsB()).startsWith("qemu+tls://").contains("?pkipath=");
        downloadsSparse(hosts.tlsB());
    }

    private void downloadsSparse(String uri) throws Exception {
        // Sparse: without --allocation 0, vol-create-as allocates the whole capacity and there are no holes to keep.
        hosts.virsh(hosts.uriB(), "vol-create-as", "default", volume, "64M", "--allocation", "0", "--format", "raw");
        Path onHostB = hosts.localImagesOf(hosts.uriB()).resolve(volume);
        byte[] island = new byte[(int) (2 * MIB)];
        new Random(5).nextBytes(island);
        try (RandomAccessFile file = new RandomAccessFile(onHostB.toFile(), "rw")) {
            file.seek(40 * MIB + 777);
            file.write(island);
        }
        HostSession remote = engine.open(uri);
        InventoryProbe.on(remote).await("connected", Duration.ofSeconds(60), inv -> inv.status() instanceof HostStatus.Connected);

        Path to = here.resolve("from-hostB.img");
        DownloadVolume.Downloaded done = DownloadVolume.run(remote, "default", volume, to,
                (fraction, bytes, sentence) -> { }, new CancelSignal()).get(120, TimeUnit.SECONDS);

        assertThat(Files.mismatch(onHostB, to)).as("the same bytes as on hostB").isEqualTo(-1);
        assertThat(done.bytes()).isEqualTo(64 * MIB);
        assertThat(done.streamedBytes()).as("holes cross the connection as lengths").isLessThan(16 * MIB);
        assertThat(Files.size(to)).isEqualTo(64 * MIB);
    }
}
