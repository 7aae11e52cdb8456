package dev.summit.connectors.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloading a volume to this computer: the same bytes, holes kept as holes, a cancel leaves nothing. */
@Tag("daemon")
class VolumeDownloadDaemonTest {
    private static final long MIB = 1 << 20;
    private static final long SIZE = 256 * MIB;

    @TempDir
    Path here;

    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private final String pool = "storage-dl-" + Long.toHexString(System.nanoTime());
    private final Path poolDir = Path.of("/var/lib/libvirt", pool);
    private HostSession host;
    private Path image;

    @BeforeEach
    void sparseVolumeWithTwoIslandsOfData() throws Exception {
        host = engine.open(RealDaemon.URI);
        InventoryProbe.on(host).await("connected", Duration.ofSeconds(20), inv -> inv.status() instanceof HostStatus.Connected);
        get(CreatePool.run(host, PoolSpec.directory(pool, poolDir.toString())));
        image = Path.of(get(CreateVolume.run(host, new NewVolume(pool, "disk.img", SIZE, "raw", null))).path());
        byte[] island = new byte[(int) (3 * MIB)];
        new Random(17).nextBytes(island);
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.seek(10 * MIB);
            file.write(island);
            file.seek(200 * MIB + 12345);
            file.write(island);
        }
    }

    @AfterEach
    void removePool() throws Exception {
        StorageTestPools.remove(pool);
        StorageTestPools.removeTree(poolDir);
        engine.close();
    }

    @Test
    void theSameBytesArriveAndTheHolesStayHoles() throws Exception {
        Path to = here.resolve("disk.img");
        AtomicLong lastBytes = new AtomicLong();
        DownloadVolume.Downloaded done = get(DownloadVolume.run(host, pool, "disk.img", to,
                (fraction, bytes, sentence) -> lastBytes.set(bytes), new CancelSignal()));

        assertThat(done.bytes()).isEqualTo(SIZE);
        assertThat(lastBytes.get()).isEqualTo(SIZE);
        assertThat(Files.size(to)).isEqualTo(SIZE);
        assertThat(Files.mismatch(image, to)).as("same bytes as on the host").isEqualTo(-1);
        long allocated = Long.parseLong(RealDaemon.run("stat", "-c", "%b", to.toString()).strip()) * 512;
        assertThat(allocated).as("only the two 3 MiB islands take room").isLessThan(8 * MIB);
        assertThat(done.dataBytes()).isLessThan(8 * MIB);
        assertThat(done.streamedBytes()).as("the host sent holes, not zeros").isLessThan(SIZE / 4);
        assertThat(to.resolveSibling("disk.img.part")).doesNotExist();
    }

    @Test
    void aCancelLeavesNoFileAndAnExistingFileIsNeverOverwritten() throws Exception {
        CancelSignal cancel = new CancelSignal();
        Path to = here.resolve("cancelled.img");
        OperationProgress early = (fraction, bytes, sentence) -> {
            if (bytes > 0) {
                cancel.cancel();
            }
        };
        assertThatThrownBy(() -> get(DownloadVolume.run(host, pool, "disk.img", to, early, cancel)))
                .hasMessage("Cancelled downloading disk.img; the partial file was removed.");
        assertThat(to).doesNotExist();
        assertThat(to.resolveSibling("cancelled.img.part")).doesNotExist();

        Path existing = Files.writeString(here.resolve("keep.img"), "mine");
        assertThatThrownBy(() -> get(DownloadVolume.run(host, pool, "disk.img", existing, OperationProgress.IGNORE,
                new CancelSignal()))).hasMessage("Could not download 'disk.img': " + existing + " already exists.");
        assertThat(existing).hasContent("mine");
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
