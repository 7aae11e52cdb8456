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

/** Uploading a workstation file into a pool of our own through a libvirt stream. */
@Tag("daemon")
class VolumeUploadDaemonTest {
    private static final int SIZE = 48 << 20;

    @TempDir
    Path dir;

    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private final String pool = "wiz-upload-" + Long.toHexString(System.nanoTime());
    private final Path poolDir = Path.of("/var/lib/libvirt", pool);
    private HostSession host;
    private Path file;

    @BeforeEach
    void poolAndFile() throws Exception {
        host = engine.open(RealDaemon.URI);
        InventoryProbe.on(host).await("connected", Duration.ofSeconds(20), inv -> inv.status() instanceof HostStatus.Connected);
        get(StoragePools.createDirectoryPool(host, pool, poolDir.toString()));
        byte[] data = new byte[SIZE];
        new Random(4).nextBytes(data);
        file = Files.write(dir.resolve("installer.iso"), data);
    }

    @AfterEach
    void removePool() {
        for (String line : RealDaemon.virsh("vol-list", pool).split("\n")) {
            if (!line.isBlank()) {
                RealDaemon.virshOk("vol-delete", "--pool", pool, line.strip().split("\\s+")[0]);
            }
        }
        RealDaemon.virshOk("pool-destroy", pool);
        RealDaemon.virshOk("pool-delete", pool);
        RealDaemon.virshOk("pool-undefine", pool);
        engine.close();
    }

    @Test
    void aCancelHalfWayLeavesNothingInThePool() throws Exception {
        CancelSignal cancel = new CancelSignal();
        AtomicLong lastBytes = new AtomicLong();
        OperationProgress halfWay = (fraction, bytes, sentence) -> {
            lastBytes.set(bytes);
            if (fraction >= 0.5) {
                cancel.cancel();
            }
        };

        assertThatThrownBy(() -> get(VolumeUpload.upload(host, file, pool, "installer.iso", halfWay, cancel)))
                .isInstanceOf(VolumeUpload.Cancelled.class)
                .hasMessage("Cancelled uploading installer.iso; the partial volume was removed.");

        assertThat(lastBytes.get()).isBetween((long) SIZE / 2, (long) SIZE - 1);
        assertThat(get(StoragePools.refresh(host, pool))).isEmpty();
        assertThat(poolDir.resolve("installer.iso")).doesNotExist();
    }

    @Test
    void uploadsTheWholeFileAndReusesItTheSecondTime() throws Exception {
        AtomicLong lastBytes = new AtomicLong();
        VolumeUpload.Uploaded first = get(VolumeUpload.upload(host, file, pool, "installer.iso",
                (fraction, bytes, sentence) -> lastBytes.set(bytes), new CancelSignal()));

        assertThat(first.reused()).isFalse();
        assertThat(first.volume().capacity()).isEqualTo(SIZE);
        assertThat(lastBytes.get()).isEqualTo(SIZE);
        assertThat(Files.mismatch(file, poolDir.resolve("installer.iso"))).as("same bytes on the host").isEqualTo(-1);

        VolumeUpload.Uploaded second = get(VolumeUpload.upload(host, file, pool, "installer.iso",
                OperationProgress.IGNORE, new CancelSignal()));
        assertThat(second.reused()).isTrue();
        assertThat(second.volume().path()).isEqualTo(first.volume().path());
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
