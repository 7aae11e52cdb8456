package dev.summit.connectors.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("daemon")
class StoragePoolsDaemonTest {
    private static final long MIB = 1 << 20;

    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private final String name = "summit-test-" + Long.toHexString(System.nanoTime());
    private HostSession host;

    @BeforeEach
    void connect() {
        RealDaemon.ensurePool();
        host = engine.open(RealDaemon.URI);
        InventoryProbe.on(host).await("connected", Duration.ofSeconds(20), inv -> inv.status() instanceof HostStatus.Connected);
    }

    @AfterEach
    void cleanUp() {
        RealDaemon.removeGuest(name);
        if (RealDaemon.virshOk("pool-info", name)) {
            RealDaemon.virshOk("pool-destroy", name);
            RealDaemon.virshOk("pool-delete", name);
            RealDaemon.virshOk("pool-undefine", name);
        }
        engine.close();
    }

    @Test
    void listsPoolsWithTheirSizesAndVolumes() throws Exception {
        List<PoolSummary> pools = get(StoragePools.list(host));

        PoolSummary test = pools.stream().filter(p -> p.name().equals(RealDaemon.POOL)).findFirst().orElseThrow();
        assertThat(test.type()).isEqualTo("dir");
        assertThat(test.active()).isTrue();
        assertThat(test.capacity()).isPositive();
        assertThat(test.available()).isPositive().isLessThanOrEqualTo(test.capacity());
        assertThat(test.targetPath()).isEqualTo(RealDaemon.POOL_DIR.toString());
    }

    @Test
    void createsAQcow2VolumeAndDeletesItWhenNoGuestUsesIt() throws Exception {
        VolumeSummary created = get(StoragePools.createQcow2(host, RealDaemon.POOL, name + ".qcow2", 64 * MIB));

        assertThat(created.format()).isEqualTo("qcow2");
        assertThat(created.capacity()).isEqualTo(64 * MIB);
        assertThat(created.allocation()).isLessThan(64 * MIB);
        assertThat(get(StoragePools.refresh(host, RealDaemon.POOL))).extracting(VolumeSummary::name).contains(name + ".qcow2");

        get(StoragePools.deleteVolume(host, RealDaemon.POOL, name + ".qcow2"));

        assertThat(get(StoragePools.volumes(host, RealDaemon.POOL))).extracting(VolumeSummary::name)
                .doesNotContain(name + ".qcow2");
    }

    @Test
    void refusesToDeleteAVolumeAGuestUsesAndNamesTheGuest() throws Exception {
        RealDaemon.defineGuest(name);

        assertThatThrownBy(() -> get(StoragePools.deleteVolume(host, RealDaemon.POOL, name + ".qcow2")))
                .hasMessage("Could not delete '" + name + ".qcow2': it is a disk of guest '" + name + "'.");
        assertThat(RealDaemon.POOL_DIR.resolve(name + ".qcow2")).exists();
    }

    @Test
    void createsADirectoryPoolThatIsRunningAndEmpty() throws Exception {
        Path directory = Path.of("/var/lib/libvirt", name);

        PoolSummary pool = get(StoragePools.createDirectoryPool(host, name, directory.toString()));

        assertThat(pool.active()).isTrue();
        assertThat(pool.targetPath()).isEqualTo(directory.toString());
        assertThat(Files.isDirectory(directory)).isTrue();
        assertThat(get(StoragePools.volumes(host, name))).isEmpty();
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
