package dev.summit.app.bench.snapshot;

import dev.summit.app.bench.Virsh;
import dev.summit.app.guest.snapshots.SnapshotFolder;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.snapshots.CreateSnapshot;
import dev.summit.connectors.snapshots.GuestScreenshot;
import dev.summit.connectors.snapshots.RevertSnapshot;
import dev.summit.connectors.snapshots.SnapshotRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Snapshots taken and reverted by Summit's own operations (in process, on the host's worker, as the
 * Snapshots tab does, the thumbnail kept) against {@code virsh snapshot-create-as} and
 * {@code snapshot-revert} on a twin guest. Each run gets two fresh guests and goes through the same
 * steps on both, taking turns at going first: internal of a shut-off guest, internal with memory of
 * the running guest, then (internal ones deleted, since one guest keeps one type) external disk-only.
 */
final class SnapshotTimings {
    /** A step's name → its times in microseconds, Summit's and virsh's; a step virsh cannot do has none. */
    record Figures(Map<String, List<Long>> summit, Map<String, List<Long>> virsh, Map<String, String> virshCannot) {
    }

    static final String CREATE_OFF = "create, internal, shut off";
    static final String REVERT_OFF = "revert, internal, shut off";
    static final String CREATE_MEM = "create, internal + memory, running";
    static final String REVERT_MEM = "revert, internal + memory, running";
    static final String CREATE_EXT = "create, external disk-only, running";
    static final String REVERT_EXT = "revert, external disk-only";

    private final HostSession host;
    private final SnapshotBenchGuests guests;
    private final Virsh virsh;
    private final SnapshotFolder folder;
    private final Consumer<String> log;

    SnapshotTimings(HostSession host, SnapshotBenchGuests guests, Virsh virsh, SnapshotFolder folder, Consumer<String> log) {
        this.host = host;
        this.guests = guests;
        this.virsh = virsh;
        this.folder = folder;
        this.log = log;
    }

    Figures run(int runs) throws Exception {
        Figures f = new Figures(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        for (int run = 1; run <= runs; run++) {
            log.accept("snapshots: run " + run + " of " + runs);
            String mine = "summit-bench-snapshot-s" + run;
            String other = "summit-bench-snapshot-v" + run;
            guests.define(mine, 256, 16);
            guests.define(other, 256, 16);
            try {
                String uuid = SnapshotBenchGuests.uuidOnceListed(host, mine);
                Twin twin = new Twin(f, run % 2 == 1);
                twin.step(CREATE_OFF, () -> create(uuid, mine, "off", false), () -> virsh.timed("snapshot-create-as", other, "off"));
                twin.step(REVERT_OFF, () -> revert(uuid, mine, "off"), () -> virsh.timed("snapshot-revert", other, "off"));
                virsh.run("start", mine);
                virsh.run("start", other);
                twin.step(CREATE_MEM, () -> create(uuid, mine, "mem", false), () -> virsh.timed("snapshot-create-as", other, "mem"));
                twin.step(REVERT_MEM, () -> revert(uuid, mine, "mem"), () -> virsh.timed("snapshot-revert", other, "mem"));
                for (String name : List.of(mine, other)) {
                    virsh.run("snapshot-delete", name, "mem");
                    virsh.run("snapshot-delete", name, "off");
                }
                twin.step(CREATE_EXT, () -> create(uuid, mine, "ext", true),
                        () -> virsh.timed("snapshot-create-as", other, "ext", "--disk-only", "--atomic"));
                twin.step(REVERT_EXT, () -> revert(uuid, mine, "ext"), () -> virsh.timed("snapshot-revert", other, "ext"));
            } finally {
                guests.remove(mine);
                guests.remove(other);
            }
        }
        return f;
    }

    /**
     * Until the snapshot is taken, when the tab says so; the thumbnail the tab keeps right after (the
     * screen taken and scaled) is kept here too, outside the clock and before the next step.
     */
    private long create(String uuid, String guest, String name, boolean externalDiskOnly) throws Exception {
        long start = System.nanoTime();
        CreateSnapshot.apply(host, uuid, guest, new SnapshotRequest(name, "", externalDiskOnly, externalDiskOnly))
                .get(300, TimeUnit.SECONDS);
        long micros = (System.nanoTime() - start) / 1000;
        GuestScreenshot.apply(host, uuid, guest).get(300, TimeUnit.SECONDS)
                .ifPresent(screen -> folder.saveThumbnail(uuid, name, screen));
        return micros;
    }

    private long revert(String uuid, String guest, String name) throws Exception {
        long start = System.nanoTime();
        RevertSnapshot.apply(host, uuid, guest, name, folder.journal()).get(300, TimeUnit.SECONDS);
        return (System.nanoTime() - start) / 1000;
    }

    private interface Timed {
        long micros() throws Exception;
    }

    /** One step on both guests, in this run's order; virsh's refusal of a step is kept as its reason. */
    private record Twin(Figures f, boolean summitFirst) {
        void step(String step, Timed summit, Timed virsh) throws Exception {
            if (summitFirst) {
                f.summit().computeIfAbsent(step, k -> new ArrayList<>()).add(summit.micros());
            }
            try {
                long micros = virsh.micros();
                f.virsh().computeIfAbsent(step, k -> new ArrayList<>()).add(micros);
            } catch (IOException refused) {
                f.virshCannot().put(step, refused.getMessage().replaceAll("\\s+", " "));
            }
            if (!summitFirst) {
                f.summit().computeIfAbsent(step, k -> new ArrayList<>()).add(summit.micros());
            }
        }
    }
}
