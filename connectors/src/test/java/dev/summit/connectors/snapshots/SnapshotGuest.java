package dev.summit.connectors.snapshots;

import dev.summit.connectors.jna.StatsConnect;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.testing.RealDaemon;
import java.nio.file.Path;
import java.util.List;
import org.libvirt.LibvirtException;

/** A grub-rescue test guest with a 64 MiB qcow2 disk, and the calls the snapshot daemon tests make on it. */
final class SnapshotGuest implements AutoCloseable {
    static final String PREFIX = "summit-test-snapshots-";

    final String name;
    final String uuid;
    final StatsConnect conn;
    final SnapshotJournal journal;

    private SnapshotGuest(String name, String uuid, StatsConnect conn, SnapshotJournal journal) {
        this.name = name;
        this.uuid = uuid;
        this.conn = conn;
        this.journal = journal;
    }

    static SnapshotGuest define(String what, Path journalFolder) throws Exception {
        String name = PREFIX + what + "-" + Long.toHexString(System.nanoTime());
        String uuid = retriedWhilePoolBusy(() -> RealDaemon.defineGuest(name));
        return new SnapshotGuest(name, uuid, new StatsConnect(RealDaemon.URI, false), new SnapshotJournal(journalFolder));
    }

    /**
     * The same guest on UEFI firmware (OVMF in pflash, chosen by libvirt), always under QEMU's
     * emulator: under nested KVM (this project's machines) OVMF stops at once on a KVM "emulation
     * failure" and QEMU pauses the guest, whose saved memory then cannot be resumed.
     */
    static SnapshotGuest defineUefi(String what, Path journalFolder) throws Exception {
        SnapshotGuest guest = define(what, journalFolder);
        String xml = RealDaemon.virsh("dumpxml", "--inactive", guest.name).replaceFirst("<os>", "<os firmware='efi'>")
                .replaceFirst("<domain type='kvm'", "<domain type='qemu'");
        RealDaemon.virsh("define", RealDaemon.writeTemp(xml).toString());
        return guest;
    }

    Path originalDisk() {
        return RealDaemon.POOL_DIR.resolve(name + ".qcow2");
    }

    /** The file the guest's vda is on now. */
    Path currentDisk() {
        for (String line : RealDaemon.virsh("domblklist", name).split("\n")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 2 && parts[0].equals("vda")) {
                return Path.of(parts[1]);
            }
        }
        throw new IllegalStateException("no vda in " + name);
    }

    /** Writes a byte pattern over the first MiB of the guest's disk, with the guest shut off. */
    void write(int pattern) {
        RealDaemon.runQemuIo(currentDisk(), "write -P 0x" + Integer.toHexString(pattern) + " 0 1M");
    }

    /** True when the first MiB of the guest's current disk holds the pattern. */
    boolean holds(int pattern) {
        String out = RealDaemon.run("qemu-io", "-r", "-U", "-f", "qcow2", "-c",
                "read -P 0x" + Integer.toHexString(pattern) + " 0 1M", currentDisk().toString());
        return !out.contains("Pattern verification failed");
    }

    String state() {
        return RealDaemon.virsh("domstate", name).strip();
    }

    CreateSnapshot.Created create(String snapshot, boolean external, boolean diskOnly) throws LibvirtException {
        return CreateSnapshot.create(conn, uuid, new SnapshotRequest(snapshot, "made by a test", external, diskOnly));
    }

    Snapshot revert(String snapshot) throws LibvirtException {
        return RevertSnapshot.revert(conn, uuid, snapshot, journal);
    }

    List<String> delete(String snapshot, boolean children) throws LibvirtException {
        return DeleteSnapshot.delete(conn, uuid, snapshot, children, journal, OperationProgress.IGNORE);
    }

    SnapshotTree tree() throws LibvirtException {
        return SnapshotTree.read(conn.domainLookupByUUIDString(uuid));
    }

    List<String> names() throws LibvirtException {
        return tree().snapshots().stream().map(Snapshot::name).toList();
    }

    @Override
    public void close() throws Exception {
        conn.close();
        retriedWhilePoolBusy(() -> {
            RealDaemon.removeAllStartingWith(PREFIX);
            return null;
        });
    }

    /** The test pool is shared: libvirt refuses to refresh it while another session's volume job runs. */
    private static <T> T retriedWhilePoolBusy(java.util.concurrent.Callable<T> work) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                return work.call();
            } catch (IllegalStateException busy) {
                boolean poolBusy = String.valueOf(busy.getMessage()).contains("asynchronous jobs running");
                if (!poolBusy || System.nanoTime() > deadline) {
                    throw busy;
                }
                Thread.sleep(1000);
            }
        }
    }
}
