package dev.summit.app.bench.edit;

import dev.summit.app.bench.Virsh;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.GuestEditor;
import dev.summit.connectors.edit.change.AddDisk;
import dev.summit.connectors.edit.change.AddNic;
import dev.summit.connectors.edit.change.ChangeMedia;
import dev.summit.connectors.edit.change.DiskSource;
import dev.summit.connectors.edit.change.PinVcpu;
import dev.summit.connectors.edit.change.ResizeDisk;
import dev.summit.connectors.edit.change.SetMemory;
import dev.summit.connectors.edit.change.SetVcpus;
import dev.summit.connectors.edit.device.CpuSet;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.xml.DiskBus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Each live edit made by Summit's GuestEditor (in process, on the host's worker, as the window and
 * the CLI make it: checked, defined, applied live, the row re-read) against the virsh command an admin
 * would type for the same change, live and persistent. Every run gets two fresh running guests, one
 * per tool, so each edit meets the same state (a vCPU can be plugged once, a CD ejected once).
 */
public final class LiveEditBenchmark {
    static final long GIB = 1024L * 1024 * 1024;

    /** Medians in microseconds, per edit: Summit's and virsh's. */
    public record Figures(Map<String, List<Long>> summit, Map<String, List<Long>> virsh) {
    }

    private final HostSession host;
    private final BenchGuests guests;
    private final Virsh virsh;
    private final Consumer<String> log;

    public LiveEditBenchmark(HostSession host, BenchGuests guests, Virsh virsh, Consumer<String> log) {
        this.host = host;
        this.guests = guests;
        this.virsh = virsh;
        this.log = log;
    }

    public Figures run(int runs) throws Exception {
        Map<String, List<Long>> ours = new LinkedHashMap<>();
        Map<String, List<Long>> theirs = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            log.accept("run " + run + " of " + runs);
            BenchGuests.Guest mine = guests.start("s" + run);
            BenchGuests.Guest other = guests.start("v" + run);
            try {
                String uuid = guests.uuidOnceListed(host, mine.name());
                time(ours, "setmem", () -> edit(uuid, new SetMemory(null, 200L * 1024)));
                time(theirs, "setmem", () -> virsh.timed("setmem", other.name(), "200M", "--live", "--config"));
                time(ours, "setvcpus", () -> edit(uuid, new SetVcpus(2, null)));
                time(theirs, "setvcpus", () -> virsh.timed("setvcpus", other.name(), "2", "--live", "--config"));
                time(ours, "vcpupin", () -> edit(uuid, new PinVcpu(0, CpuSet.of(1))));
                time(theirs, "vcpupin", () -> virsh.timed("vcpupin", other.name(), "0", "1", "--live", "--config"));
                time(ours, "change-media", () -> edit(uuid, new ChangeMedia("hdc", null)));
                time(theirs, "change-media", () -> virsh.timed("change-media", other.name(), "hdc", "--eject", "--live", "--config"));
                time(ours, "attach-disk", () -> edit(uuid, new AddDisk(new DiskSource.FilePath(mine.spareDisk()),
                        DiskBus.VIRTIO, "vdb", null, null)));
                time(theirs, "attach-disk", () -> virsh.timed("attach-disk", other.name(), other.spareDisk(), "vdb",
                        "--subdriver", "qcow2", "--live", "--config"));
                time(ours, "blockresize", () -> edit(uuid, new ResizeDisk("vdb", 2 * GIB)));
                time(theirs, "blockresize", () -> virsh.timed("blockresize", other.name(), "vdb", "2G"));
                time(ours, "attach-interface", () -> edit(uuid, new AddNic("network", "default", "virtio", null)));
                time(theirs, "attach-interface", () -> virsh.timed("attach-interface", other.name(), "network", "default",
                        "--model", "virtio", "--live", "--config"));
            } finally {
                guests.remove(mine);
                guests.remove(other);
            }
        }
        return new Figures(ours, theirs);
    }

    private long edit(String uuid, GuestEdit edit) throws Exception {
        long start = System.nanoTime();
        GuestEditor.apply(host, uuid, edit).get(60, TimeUnit.SECONDS);
        return (System.nanoTime() - start) / 1000;
    }

    private interface Timed {
        long micros() throws Exception;
    }

    private static void time(Map<String, List<Long>> into, String edit, Timed timed) throws Exception {
        into.computeIfAbsent(edit, k -> new ArrayList<>()).add(timed.micros());
    }
}
