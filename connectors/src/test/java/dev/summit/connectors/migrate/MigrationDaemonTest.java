package dev.summit.connectors.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.testing.GuestScreen;
import dev.summit.connectors.testing.TwoHosts;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Real KVM guests moved between the two fixture hosts, the way an admin would check the result: virsh on each host. */
@Tag("daemon")
class MigrationDaemonTest {
    private static TwoHosts hosts;
    private final List<String> made = new ArrayList<>();
    private final GuestsInMigration inFlight = new GuestsInMigration();

    @BeforeAll
    static void startHosts() {
        hosts = TwoHosts.get();
    }

    @AfterEach
    void removeGuests() throws IOException {
        hosts.mendHostB();
        for (String name : made) {
            hosts.remove(name);
        }
    }

    private String shared(String name, boolean start) throws IOException {
        made.add(name);
        hosts.sharedGuest(hosts.uriA(), name, start);
        return hosts.virsh(hosts.uriA(), "domuuid", name).strip();
    }

    private String local(String name, int filledMiB) throws IOException {
        made.add(name);
        hosts.localGuest(hosts.uriA(), name, filledMiB, true);
        return hosts.virsh(hosts.uriA(), "domuuid", name).strip();
    }

    @Test
    void liveThereAndBackWithFiguresAndProgress() throws Exception {
        String uuid = shared("mig-t-live", true);
        Migration there = new Migration(MigrationRequest.live(hosts.uriA(), uuid, hosts.uriB()), inFlight);
        assertTrue(there.precheck().stream().noneMatch(line -> line.level() == CheckLevel.RED), there.precheck().toString());
        List<JobFigures> seen = new CopyOnWriteArrayList<>();

        MigrationOutcome outcome = there.run(seen::add, new CancelSignal(), false);

        assertTrue(outcome.moved(), outcome.message());
        assertEquals("running", hosts.state(hosts.uriB(), "mig-t-live"));
        assertEquals("absent", hosts.state(hosts.uriA(), "mig-t-live"));
        assertTrue(outcome.downtimeMs() >= 0 && outcome.jobMs() > 0 && outcome.bytes() > 0, outcome.figures());

        MigrationOutcome back = new Migration(MigrationRequest.live(hosts.uriB(), uuid, hosts.uriA()), inFlight)
                .run(MigrationListener.IGNORE, new CancelSignal(), false);
        assertTrue(back.moved(), back.message());
        assertEquals("running", hosts.state(hosts.uriA(), "mig-t-live"));
        assertEquals("absent", hosts.state(hosts.uriB(), "mig-t-live"));
    }

    @Test
    void pausedModeCanLeaveTheGuestPausedAndKeepTheSourceDefinition() throws Exception {
        String uuid = shared("mig-t-paused", true);
        MigrationRequest live = MigrationRequest.live(hosts.uriA(), uuid, hosts.uriB());
        MigrationRequest request = live.withMode(MigrationMode.PAUSED).with(MigrationOption.KEEP_SOURCE, true)
                .with(MigrationOption.KEEP_PAUSED, true);

        MigrationOutcome outcome = new Migration(request, inFlight).run(MigrationListener.IGNORE, new CancelSignal(), false);

        assertTrue(outcome.moved(), outcome.message());
        assertEquals("paused", hosts.state(hosts.uriB(), "mig-t-paused"));
        assertEquals("shut off", hosts.state(hosts.uriA(), "mig-t-paused"));
    }

    @Test
    void offlineMovesTheDefinitionOfAShutOffGuest() throws Exception {
        String uuid = shared("mig-t-offline", false);
        MigrationRequest request = MigrationRequest.live(hosts.uriA(), uuid, hosts.uriB()).withMode(MigrationMode.OFFLINE);

        MigrationOutcome outcome = new Migration(request, inFlight).run(MigrationListener.IGNORE, new CancelSignal(), false);

        assertTrue(outcome.moved(), outcome.message());
        assertEquals("shut off", hosts.state(hosts.uriB(), "mig-t-offline"));
        assertEquals("absent", hosts.state(hosts.uriA(), "mig-t-offline"));
    }

    @Test
    void aLocalDiskWithoutCopyStorageIsRefusedWithTheReason() throws Exception {
        String uuid = local("mig-t-refuse", 0);
        Migration migration = new Migration(MigrationRequest.live(hosts.uriA(), uuid, hosts.uriB()), inFlight);

        List<PrecheckLine> lines = migration.precheck();
        MigrationOutcome outcome = migration.run(MigrationListener.IGNORE, new CancelSignal(), true);

        PrecheckLine disk = lines.stream().filter(line -> line.check().equals("Disks (vda)")).findFirst().orElseThrow();
        assertEquals(CheckLevel.RED, disk.level());
        assertTrue(disk.fix().contains("copy storage"), disk.fix());
        assertEquals(MigrationOutcome.Result.REFUSED, outcome.result());
        assertTrue(outcome.message().contains("/var/lib/libvirt/images/mig-t-refuse.qcow2 is not visible on the destination"),
                outcome.message());
        assertEquals("running", hosts.state(hosts.uriA(), "mig-t-refuse"));
        assertEquals("absent", hosts.state(hosts.uriB(), "mig-t-refuse"));
    }

    @Test
    void copyStorageMovesALocalDiskWithTheGuest() throws Exception {
        String uuid = local("mig-t-copy", 4);
        MigrationRequest request = MigrationRequest.live(hosts.uriA(), uuid, hosts.uriB()).withStorage(StorageCopy.ALL);

        MigrationOutcome outcome = new Migration(request, inFlight).run(MigrationListener.IGNORE, new CancelSignal(), false);

        assertTrue(outcome.moved(), outcome.message());
        assertEquals("running", hosts.state(hosts.uriB(), "mig-t-copy"));
        assertTrue(hosts.hasLocalDisk(hosts.uriB(), "mig-t-copy"), "the disk was created on hostB");
    }

    @Test
    void peerToPeerOverSsh() throws Exception {
        String uuid = shared("mig-t-ssh", true);
        MigrationRequest live = MigrationRequest.live(hosts.uriA(), uuid, hosts.sshB());
        MigrationRequest request = live.with(MigrationOption.PEER_TO_PEER, true);

        MigrationOutcome outcome = new Migration(request, inFlight).run(MigrationListener.IGNORE, new CancelSignal(), false);

        assertTrue(outcome.moved(), outcome.message());
        assertEquals("running", hosts.state(hosts.uriB(), "mig-t-ssh"));
        assertEquals("absent", hosts.state(hosts.uriA(), "mig-t-ssh"));
    }

    @Test
    void tunnelledWithCompressionAutoConvergeCapsAndKeptSource() throws Exception {
        String uuid = shared("mig-t-options", true);
        MigrationRequest request = MigrationRequest.live(hosts.uriA(), uuid, hosts.tcpB())
                .with(MigrationOption.KEEP_SOURCE, true).with(MigrationOption.AUTO_CONVERGE, true)
                .with(MigrationOption.COMPRESSED, true).with(MigrationOption.PEER_TO_PEER, true)
                .with(MigrationOption.TUNNELLED, true).withLimits(new MigrationLimits(50, 500));

        MigrationOutcome outcome = new Migration(request, inFlight).run(MigrationListener.IGNORE, new CancelSignal(), false);

        assertTrue(outcome.moved(), outcome.message());
        assertEquals("running", hosts.state(hosts.uriB(), "mig-t-options"));
        assertEquals("shut off", hosts.state(hosts.uriA(), "mig-t-options"));
    }

    @Test
    void postCopyAllowedAndPostCopyThroughATunnelRefusedInThePrecheck() throws Exception {
        String uuid = shared("mig-t-postcopy", true);
        MigrationRequest allowed = MigrationRequest.live(hosts.uriA(), uuid, hosts.uriB()).with(MigrationOption.POST_COPY, true);
        MigrationRequest tunnelled = MigrationRequest.live(hosts.uriA(), uuid, hosts.tcpB()).with(MigrationOption.POST_COPY, true)
                .with(MigrationOption.PEER_TO_PEER, true).with(MigrationOption.TUNNELLED, true);

        List<PrecheckLine> refused = new Migration(tunnelled, inFlight).precheck();
        MigrationOutcome outcome = new Migration(allowed, inFlight).run(MigrationListener.IGNORE, new CancelSignal(), false);

        assertTrue(refused.stream().anyMatch(line -> line.level() == CheckLevel.RED
                && line.reason().contains("post-copy")), refused.toString());
        // QEMU needs userfaultfd for post-copy; where the kernel or a sandbox denies it, QEMU says so
        // before anything moves, and the guest must be untouched on the source.
        if (outcome.moved()) {
            assertEquals("running", hosts.state(hosts.uriB(), "mig-t-postcopy"));
        } else {
            assertTrue(outcome.message().contains("Postcopy is not supported")
                    && outcome.message().contains("mig-t-postcopy is still running on hostA"), outcome.message());
            assertEquals("running", hosts.state(hosts.uriA(), "mig-t-postcopy"));
        }
    }

    /** A storage copy capped at 2 MiB/s of 48 MiB written: long enough to act on mid-way. */
    private MigrationRequest slowCopy(String uuid) {
        return MigrationRequest.live(hosts.uriA(), uuid, hosts.tcpB()).withStorage(StorageCopy.ALL)
                .with(MigrationOption.PEER_TO_PEER, true).withLimits(new MigrationLimits(2, 400));
    }

    @Test
    void cancelAbortsTheJobAndTheGuestKeepsRunningOnTheSource() throws Exception {
        String uuid = local("mig-t-cancel", 48);
        CancelSignal cancel = new CancelSignal();
        List<JobFigures> seen = new CopyOnWriteArrayList<>();

        MigrationOutcome outcome = new Migration(slowCopy(uuid), inFlight).run(figures -> {
            seen.add(figures);
            // Two reports at least before the cancel: on a fast machine the first one already
            // showed more than a MiB copied, and a cancel there proved nothing about progress.
            if (seen.size() >= 2 && figures.dataProcessedBytes() > 1 << 20) {
                cancel.cancel();
            }
        }, cancel, false);

        assertEquals(MigrationOutcome.Result.CANCELLED, outcome.result(), outcome.message());
        assertEquals(300, Long.parseLong(hosts.virsh(hosts.uriA(), "migrate-getmaxdowntime", "mig-t-cancel").strip()),
                "the maximum downtime Summit set for the move is back to QEMU's default");
        assertTrue(outcome.message().contains("mig-t-cancel is still running on hostA"), outcome.message());
        assertEquals("running", hosts.state(hosts.uriA(), "mig-t-cancel"));
        assertEquals("absent", hosts.state(hosts.uriB(), "mig-t-cancel"));
        assertTrue(seen.size() >= 2, "progress arrived while the copy ran: " + seen.size());
    }

    @Test
    void destinationLostMidWayLeavesTheGuestRunningOnTheSourceWithAClearMessage() throws Exception {
        String uuid = shared("mig-t-lost", true);
        // Once GRUB is loaded the guest has tens of MiB to send: far more than the socket buffers
        // hold, so the copy really stands still when the link goes (a freshly started guest's
        // single MiB could sit in those buffers and arrive after the cut).
        GuestScreen.waitForGrubMenu(hosts.uriA(), "mig-t-lost", Duration.ofMinutes(2));
        hosts.slowLinkToB("1mbit");
        CompletableFuture<Void> cut = new CompletableFuture<>();

        MigrationOutcome outcome = new Migration(MigrationRequest.live(hosts.uriA(), uuid, hosts.uriB()), inFlight,
                Duration.ofSeconds(3)).run(figures -> {
                    if (figures.memoryProcessedBytes() > 64 << 10 && figures.dataRemainingBytes() > 8 << 20
                            && !cut.isDone()) {
                        hosts.cutHostB();
                        cut.complete(null);
                    }
                }, new CancelSignal(), false);

        assertTrue(cut.isDone(), "the link was cut mid-way");
        assertEquals(MigrationOutcome.Result.FAILED, outcome.result(), outcome.message());
        assertTrue(outcome.message().contains("hostB stopped receiving"), outcome.message());
        assertTrue(outcome.message().contains("mig-t-lost is still running on hostA"), outcome.message());
        assertEquals("running", hosts.state(hosts.uriA(), "mig-t-lost"));
        assertEquals("absent", hosts.state(hosts.uriB(), "mig-t-lost"));
    }

    @Test
    void theSameGuestMigratedTwiceAtOnceIsRefusedTheSecondTime() throws Exception {
        String uuid = local("mig-t-twice", 16);
        CancelSignal cancel = new CancelSignal();
        CompletableFuture<Void> firstRunning = new CompletableFuture<>();
        CompletableFuture<MigrationOutcome> first = CompletableFuture.supplyAsync(() ->
                new Migration(slowCopy(uuid), inFlight).run(figures -> firstRunning.complete(null), cancel, false));
        firstRunning.get(120, TimeUnit.SECONDS);

        MigrationOutcome second = new Migration(slowCopy(uuid), inFlight)
                .run(MigrationListener.IGNORE, new CancelSignal(), false);
        cancel.cancel();

        assertEquals(MigrationOutcome.Result.REFUSED, second.result());
        assertEquals("mig-t-twice is already being moved; a guest moves one migration at a time.", second.message());
        assertEquals(MigrationOutcome.Result.CANCELLED, first.get(120, TimeUnit.SECONDS).result());
        assertEquals("running", hosts.state(hosts.uriA(), "mig-t-twice"));
    }

    @Test
    void evacuateMovesThreeGuestsTwoAtATime() throws Exception {
        for (String name : List.of("mig-t-evac1", "mig-t-evac2", "mig-t-evac3")) {
            shared(name, true);
        }
        MigrationRequest template = MigrationRequest.live(hosts.uriA(), "-", hosts.uriB());

        List<Evacuation.GuestResult> results = new Evacuation(template, 2, inFlight)
                .run((name, figures) -> { }, new CancelSignal());

        List<String> ours = results.stream().filter(r -> r.name().startsWith("mig-t-evac")).map(r -> r.sentence()).toList();
        assertEquals(3, ours.size(), ours.toString());
        assertTrue(results.stream().filter(r -> r.name().startsWith("mig-t-evac")).allMatch(Evacuation.GuestResult::moved),
                ours.toString());
        for (String name : List.of("mig-t-evac1", "mig-t-evac2", "mig-t-evac3")) {
            assertEquals("running", hosts.state(hosts.uriB(), name));
            assertFalse(hosts.virsh(hosts.uriA(), "list", "--name").contains(name));
        }
    }
}
