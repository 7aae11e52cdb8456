package dev.summit.app.guest.details;

import dev.summit.connectors.testing.TestDriverHosts;
import dev.summit.connectors.details.GuestDefinitionReader;
import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.EditOutcome;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.GuestEditor;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** One of the window tests' guests on a fresh test-driver host, for view-model tests: its editor and its definitions. */
final class TestDriverGuest implements AutoCloseable {
    static final String FUJI = "7b3c0de0-0000-4000-8000-000000000001";
    /** Shut off, 2 vCPUs, no devices. */
    static final String DENALI = "7b3c0de0-0000-4000-8000-000000000004";

    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private final HostSession host;
    private final String uuid;
    private final AtomicInteger sent = new AtomicInteger();

    TestDriverGuest(String uuid) throws Exception {
        this.uuid = uuid;
        host = engine.open(TestDriverHosts.uri("ui-host.xml"));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(host.inventory().status() instanceof HostStatus.Connected) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
    }

    /** Applies edits as the window does, counting them. */
    CompletableFuture<EditOutcome> apply(GuestEdit edit) {
        sent.incrementAndGet();
        return GuestEditor.apply(host, uuid, edit);
    }

    int sent() {
        return sent.get();
    }

    GuestDefinitions read() throws Exception {
        return GuestDefinitionReader.read(host, uuid).get(10, TimeUnit.SECONDS);
    }

    HostSession host() {
        return host;
    }

    @Override
    public void close() {
        engine.close();
    }
}
