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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A directory pool's whole life on the real daemon, and every refusal leaving nothing behind. */
@Tag("daemon")
class PoolOperationsDaemonTest {
    private static final long MIB = 1 << 20;

    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private final String name = "storage-test-" + Long.toHexString(System.nanoTime());
    private final Path target = Path.of("/var/lib/libvirt", name);
    private HostSession host;

    @BeforeEach
    void connect() {
        host = engine.open(RealDaemon.URI);
        InventoryProbe.on(host).await("connected", Duration.ofSeconds(20), inv -> inv.status() instanceof HostStatus.Connected);
    }

    @AfterEach
    void cleanUp() throws Exception {
        RealDaemon.removeGuest(name);
        StorageTestPools.remove(name);
        StorageTestPools.removeTree(target);
        engine.close();
    }

    @Test
    void aDirectoryPoolFromCreationToDeletionWithItsDirectory() throws Exception {
        PoolSummary made = get(CreatePool.run(host, PoolSpec.directory(name, target.toString())));
        assertThat(made.active()).isTrue();
        assertThat(made.autostart()).isTrue();
        assertThat(Files.isDirectory(target)).isTrue();
        assertThat(RealDaemon.virsh("pool-dumpxml", name)).contains("<uuid>" + PoolXml.madeBySummit(name, target.toString()));

        assertThat(get(StopPool.run(host, name)).active()).isFalse();
        assertThat(get(StartPool.run(host, name)).active()).isTrue();
        assertThat(get(PoolAutostart.set(host, name, false)).autostart()).isFalse();
        assertThat(RealDaemon.virsh("pool-info", name)).containsPattern("Autostart:\\s+no");

        VolumeSummary base = get(CreateVolume.run(host, new NewVolume(name, "base.qcow2", 64 * MIB, "qcow2", null)));
        assertThat(base.format()).isEqualTo("qcow2");
        assertThat(RealDaemon.run("qemu-img", "info", base.path())).contains("compat: 1.1");
        VolumeSummary overlay = get(CreateVolume.run(host, new NewVolume(name, "overlay.qcow2", 128 * MIB, "qcow2", "base.qcow2")));
        assertThat(overlay.backing()).isEqualTo(base.path());
        VolumeSummary raw = get(CreateVolume.run(host, new NewVolume(name, "data.img", 8 * MIB, "raw", null)));
        assertThat(raw.format()).isEqualTo("raw");

        assertThat(get(ResizeVolume.run(host, name, "data.img", 16 * MIB)).capacity()).isEqualTo(16 * MIB);
        assertThatThrownBy(() -> get(ResizeVolume.run(host, name, "data.img", 4 * MIB)))
                .hasMessageContaining("shrinking it to " + 4 * MIB + " would cut off data");
        assertThatThrownBy(() -> get(CreateVolume.run(host, new NewVolume(name, "data.img", MIB, "raw", null))))
                .hasMessage("Could not create volume 'data.img': Pool '" + name + "' already has a volume 'data.img'.");
        assertThatThrownBy(() -> get(CreateVolume.run(host, new NewVolume(name, "zero.img", 0, "raw", null))))
                .hasMessage("Could not create volume 'zero.img': The size must be more than zero.");
        assertThatThrownBy(() -> get(DeleteVolume.run(host, name, "base.qcow2")))
                .hasMessage("Could not delete 'base.qcow2': it is the backing image of volume 'overlay.qcow2'; delete that first.");

        StorageTestPools.defineGuestOn(name, target.resolve("overlay.qcow2"));
        assertThatThrownBy(() -> get(DeleteVolume.run(host, name, "overlay.qcow2")))
                .hasMessage("Could not delete 'overlay.qcow2': it is a disk of guest '" + name + "'.");
        assertThatThrownBy(() -> get(DeletePool.run(host, name)))
                .hasMessage("Could not delete pool '" + name + "': guest '" + name + "' uses its volumes.");
        assertThat(RealDaemon.virshOk("pool-info", name)).isTrue();
        RealDaemon.removeGuest(name);

        assertThat(get(DeletePool.run(host, name)).describe()).isEqualTo("Deleted pool '" + name + "'; " + target
                + " stays (it holds 3 volumes).");
        assertThat(RealDaemon.virshOk("pool-info", name)).isFalse();
        assertThat(target).isDirectory();

    }

    @Test
    void stopAndDeleteAreRefusedWhileARunningGuestUsesAVolumeNamingIt() throws Exception {
        get(CreatePool.run(host, PoolSpec.directory(name, target.toString())));
        VolumeSummary disk = get(CreateVolume.run(host, new NewVolume(name, "disk.qcow2", 16 * MIB, "qcow2", null)));
        StorageTestPools.defineGuestOn(name, Path.of(disk.path()));
        RealDaemon.virsh("start", name); // firmware looking for something to boot: running is all it must do

        assertThatThrownBy(() -> get(StopPool.run(host, name)))
                .hasMessage("Could not stop pool '" + name + "': running guest '" + name + "' uses its volumes.");
        assertThatThrownBy(() -> get(DeletePool.run(host, name)))
                .hasMessage("Could not delete pool '" + name + "': guest '" + name + "' uses its volumes.");
        assertThat(RealDaemon.virsh("pool-info", name)).containsPattern("State:\\s+running");
        assertThat(RealDaemon.virsh("domstate", name)).contains("running");

        RealDaemon.virsh("destroy", name);
        assertThat(get(StopPool.run(host, name)).active()).isFalse();
    }

    @Test
    void deleteRemovesTheDirectoryOnlyWhenSummitMadeItAndItIsEmpty() throws Exception {
        get(CreatePool.run(host, PoolSpec.directory(name, target.toString())));
        assertThat(get(DeletePool.run(host, name)).describe()).isEqualTo("Deleted pool '" + name + "' and removed " + target + ".");
        assertThat(target).doesNotExist();

        Files.createDirectories(target);
        get(CreatePool.run(host, PoolSpec.directory(name, target.toString())));
        assertThat(get(DeletePool.run(host, name)).describe()).isEqualTo("Deleted pool '" + name + "'; " + target
                + " stays (Summit did not make it).");
        assertThat(target).isDirectory();
    }

    @Test
    void badInputIsRefusedWithNothingDefinedAndNothingLeft() throws Exception {
        Files.createDirectories(target);
        Files.writeString(target.resolve("someone-elses.txt"), "data");
        assertThatThrownBy(() -> get(CreatePool.run(host, PoolSpec.directory(name, target.toString()))))
                .hasMessage("Could not create pool '" + name + "': The target " + target
                        + " exists and is not empty (1 entry); choose an empty or new directory.");
        assertThat(RealDaemon.virshOk("pool-info", name)).isFalse();
        assertThat(target.resolve("someone-elses.txt")).hasContent("data");

        assertThatThrownBy(() -> get(CreatePool.run(host, PoolSpec.directory(RealDaemon.POOL, "/var/lib/libvirt/" + name + "-x"))))
                .hasMessageContaining("A pool named '" + RealDaemon.POOL + "' already exists on this host.");
        assertThat(Path.of("/var/lib/libvirt/" + name + "-x")).doesNotExist();

        assertThatThrownBy(() -> get(CreatePool.run(host, new PoolSpec(name, PoolType.NETFS, "relative/dir", null, null, null, null, true))))
                .hasMessage("Could not create pool '" + name + "': The target must be an absolute path on the host: 'relative/dir'."
                        + " A netfs pool needs a source host (the file server). A netfs pool needs a source path: the export on"
                        + " the server, such as /srv/nfs/images.");
        assertThat(RealDaemon.virshOk("pool-info", name)).isFalse();
    }

    @Test
    void aNetfsPoolThatCannotMountLeavesNoDefinitionAndNoDirectory() throws Exception {
        // This machine's kernel has no NFS client, and nothing serves NFS here: the mount fails either way.
        PoolSpec nfs = new PoolSpec(name, PoolType.NETFS, target.toString(), "127.0.0.1", "/srv/nothing", null, null, true);
        assertThatThrownBy(() -> get(CreatePool.run(host, nfs)))
                .hasMessageStartingWith("Could not create pool '" + name + "': ")
                .hasMessageEndingWith("; nothing was left behind.");
        assertThat(RealDaemon.virshOk("pool-info", name)).isFalse();
        assertThat(target).doesNotExist();
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
