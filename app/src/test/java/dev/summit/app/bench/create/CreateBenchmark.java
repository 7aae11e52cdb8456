package dev.summit.app.bench.create;

import dev.summit.app.console.ConsoleConnector;
import dev.summit.connectors.console.OpenConsole;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.CreateGuest;
import dev.summit.connectors.ops.CreateRequest;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.osinfo.OsInfoDb;
import dev.summit.connectors.storage.StoragePools;
import dev.summit.connectors.tunnel.HostKeyQuestion;
import dev.summit.connectors.tunnel.SshSettings;
import dev.summit.connectors.xml.NicChoice;
import dev.summit.console.rfb.protocol.RfbListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Finish → guest running and Finish → first console frame for the grub-rescue ISO, through the
 * wizard's own operation (CreateGuest) and console client; beside virt-install's time to a running
 * guest with --cdrom and --import when it is installed. Each guest is removed after its run.
 */
public final class CreateBenchmark {
    public static final Path RESCUE_ISO = Path.of("/usr/lib/grub-rescue/grub-rescue-cdrom.iso");
    private static final long MIB = 1L << 20;

    /** Milliseconds of each run, per figure. */
    public record Figures(List<Long> running, List<Long> firstFrame, List<Long> virtInstallCdrom,
                          List<Long> virtInstallImport) {
    }

    private final String uri;
    private final String pool;
    private final String prefix;
    private final Consumer<String> say;

    public CreateBenchmark(String uri, String pool, String prefix, Consumer<String> say) {
        this.uri = uri;
        this.pool = pool;
        this.prefix = prefix;
        this.say = say;
    }

    public Figures run(int runs, boolean virtInstall) throws Exception {
        OsInfoDb osinfo = OsInfoDb.system();
        Figures figures = new Figures(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        try (HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO))) {
            engine.startEvents();
            HostSession session = engine.open(uri);
            awaitConnected(session);
            boolean ownPool = StoragePools.list(session).get(30, TimeUnit.SECONDS).stream().noneMatch(p -> p.name().equals(pool));
            if (ownPool) {
                StoragePools.createDirectoryPool(session, pool, "/var/lib/libvirt/" + pool).get(30, TimeUnit.SECONDS);
            }
            Path iso = Path.of("/var/lib/libvirt/" + pool, prefix + "-rescue.iso");
            // A copy in the pool: QEMU's relabelling must never touch the system's own file.
            Files.copy(RESCUE_ISO, iso, StandardCopyOption.REPLACE_EXISTING);
            try {
                for (int i = 0; i < runs; i++) {
                    summitRun(session, osinfo, iso, figures);
                    if (virtInstall) {
                        figures.virtInstallCdrom().add(VirtInstallRun.cdrom(uri, prefix + "-vi-" + i, pool, iso));
                        figures.virtInstallImport().add(VirtInstallRun.importing(uri, prefix + "-vim-" + i, pool));
                    }
                }
            } finally {
                Files.deleteIfExists(iso);
                if (ownPool) {
                    VirtInstallRun.virsh(uri, "pool-refresh", pool);
                    VirtInstallRun.virsh(uri, "pool-destroy", pool);
                    VirtInstallRun.virsh(uri, "pool-delete", pool);
                    VirtInstallRun.virsh(uri, "pool-undefine", pool);
                }
            }
        }
        return figures;
    }

    private void summitRun(HostSession session, OsInfoDb osinfo, Path iso, Figures figures) throws Exception {
        String name = prefix + "-" + Long.toHexString(System.nanoTime());
        CreateRequest request = CreateRequest.of(name, iso).withResources(128, 1, 64 * MIB).withPool(pool)
                .withNetwork(new NicChoice.None());
        CompletableFuture<Void> frame = new CompletableFuture<>();
        ConsoleConnector connector = new ConsoleConnector(new OpenConsole(SshSettings.fromEnvironment(), HostKeyQuestion.REFUSE));
        ConsoleConnector.OpenedConsole console = null;
        long start = System.nanoTime();
        try {
            var created = new CreateGuest(session, request, osinfo).run(OperationProgress.IGNORE, new CancelSignal())
                    .get(120, TimeUnit.SECONDS);
            long running = System.nanoTime();
            console = connector.connect(session, created.uuid(), new RfbListener() {
                @Override
                public void frameCompleted() {
                    frame.complete(null);
                }
            }).get(60, TimeUnit.SECONDS);
            frame.get(60, TimeUnit.SECONDS);
            long framed = System.nanoTime();
            figures.running().add((running - start) / 1_000_000);
            figures.firstFrame().add((framed - start) / 1_000_000);
            say.accept(name + ": running after " + (running - start) / 1_000_000 + " ms, first frame after "
                    + (framed - start) / 1_000_000 + " ms");
        } finally {
            if (console != null) {
                console.close();
            }
            VirtInstallRun.remove(uri, name, pool);
        }
    }

    private static void awaitConnected(HostSession session) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!(session.inventory().status() instanceof HostStatus.Connected)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("Could not connect to " + session.uri() + ": " + session.inventory().status().describe());
            }
            Thread.sleep(50);
        }
    }
}
