package dev.summit.connectors.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
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

/**
 * The pool kinds beyond plain directories, as far as this machine allows, each against a real
 * daemon the test starts: iscsi-direct against tgtd's LUN, an fs pool mounting an ext4 loop device,
 * a logical pool making its volume group on a loop device; the kernel iscsi pool and a portal that
 * does not answer are refused, with nothing defined.
 */
@Tag("daemon")
class StorageKindsDaemonTest {
    private static final long MIB = 1 << 20;

    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private final String name = "storage-kind-" + Long.toHexString(System.nanoTime());
    private final Path target = Path.of("/var/lib/libvirt", name);
    private HostSession host;

    @BeforeEach
    void connect() {
        host = engine.open(RealDaemon.URI);
        InventoryProbe.on(host).await("connected", Duration.ofSeconds(20), inv -> inv.status() instanceof HostStatus.Connected);
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (RealDaemon.virshOk("pool-info", name)) {
            RealDaemon.virshOk("pool-destroy", name);
            RealDaemon.virshOk("pool-delete", name);
            RealDaemon.virshOk("pool-undefine", name);
        }
        StorageTestPools.removeTree(target);
        engine.close();
    }

    @Test
    void anIscsiDirectPoolListsTheTargetsLun() throws Exception {
        try (TgtTarget tgt = TgtTarget.start(64 * MIB)) {
            PoolSpec spec = new PoolSpec(name, PoolType.ISCSI_DIRECT, null, tgt.portal(), null, TgtTarget.IQN, null, false);
            PoolSummary pool = get(CreatePool.run(host, spec));
            assertThat(pool.active()).isTrue();
            assertThat(pool.source()).isEqualTo(tgt.portal() + " " + TgtTarget.IQN);
            List<VolumeSummary> luns = get(StoragePools.volumes(host, name));
            // libvirt 9.0's iscsi-direct reports the LUN one 512-byte block short (it counts the last LBA).
            assertThat(luns).extracting(VolumeSummary::capacity).anyMatch(bytes -> bytes > 64 * MIB - 1024 && bytes <= 64 * MIB);

            assertThat(get(DeletePool.run(host, name)).describe()).isEqualTo("Deleted pool '" + name + "'.");
            assertThat(RealDaemon.virshOk("pool-info", name)).isFalse();
        }
    }

    @Test
    void aPortalThatDoesNotAnswerLeavesNothingDefined() throws Exception {
        PoolSpec spec = new PoolSpec(name, PoolType.ISCSI_DIRECT, null, "127.0.0.1:" + TgtTarget.freePort(), null,
                TgtTarget.IQN, null, true);
        assertThatThrownBy(() -> get(CreatePool.run(host, spec)))
                .hasMessageStartingWith("Could not create pool '" + name + "': ")
                .hasMessageEndingWith("; nothing was left behind.");
        assertThat(RealDaemon.virshOk("pool-info", name)).isFalse();
    }

    @Test
    void theKernelIscsiPoolIsRefusedHereBecauseTheKernelHasNoInitiator() throws Exception {
        try (TgtTarget tgt = TgtTarget.start(16 * MIB)) {
            PoolSpec spec = new PoolSpec(name, PoolType.ISCSI, null, tgt.portal(), null, TgtTarget.IQN, null, true);
            assertThatThrownBy(() -> get(CreatePool.run(host, spec)))
                    .hasMessageContaining("iscsiadm")
                    .hasMessageEndingWith("; nothing was left behind.");
            assertThat(RealDaemon.virshOk("pool-info", name)).isFalse();
        }
    }

    @Test
    void anFsPoolMountsItsDeviceAndUnmountsOnDelete() throws Exception {
        try (LoopDevice disk = LoopDevice.attach(64 * MIB, true)) {
            PoolSpec spec = new PoolSpec(name, PoolType.FS, target.toString(), null, null, disk.device(), null, false);
            PoolSummary pool = get(CreatePool.run(host, spec));
            assertThat(pool.active()).isTrue();
            assertThat(RealDaemon.run("cat", "/proc/mounts")).contains(disk.device() + " " + target + " ext4");
            VolumeSummary volume = get(CreateVolume.run(host, new NewVolume(name, "on-ext4.qcow2", 32 * MIB, "qcow2", null)));
            assertThat(volume.path()).isEqualTo(target.resolve("on-ext4.qcow2").toString());
            get(DeleteVolume.run(host, name, "on-ext4.qcow2"));
            // ext4's lost+found is a volume to libvirt: the directory is not empty, so it stays.
            get(DeletePool.run(host, name));
            assertThat(RealDaemon.run("cat", "/proc/mounts")).doesNotContain(" " + target + " ");
        }
    }

    @Test
    void aLogicalPoolMakesItsVolumeGroupAndRemovesItAgain() throws Exception {
        try (LoopDevice disk = LoopDevice.attach(64 * MIB, false)) {
            PoolSpec spec = new PoolSpec(name, PoolType.LOGICAL, null, null, null, disk.device(), null, false);
            PoolSummary pool = get(CreatePool.run(host, spec));
            assertThat(pool.active()).isTrue();
            assertThat(pool.capacity()).isPositive();
            assertThat(RealDaemon.run("vgs", "--noheadings", "-o", "vg_name")).contains(name);

            assertThat(get(DeletePool.run(host, name)).describe()).isEqualTo("Deleted pool '" + name + "' and removed /dev/" + name + ".");
            assertThat(RealDaemon.run("vgs", "--noheadings", "-o", "vg_name")).doesNotContain(name);
        }
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(90, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
