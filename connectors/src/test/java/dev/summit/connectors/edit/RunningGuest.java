package dev.summit.connectors.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A grub-rescue KVM guest on the real libvirtd, running (or stopped when asked), edited through
 * {@link GuestEditor} on a {@link HostSession} as the window and the CLI do. Its name starts with
 * {@code prefix}; closing removes every guest and test-pool volume starting with it.
 */
public final class RunningGuest implements AutoCloseable {
    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    public final String prefix;
    public final String name;
    public final String uuid;
    public final HostSession host;

    public RunningGuest(String prefix, boolean start) throws Exception {
        this.prefix = prefix + Long.toHexString(System.nanoTime()) + "-";
        this.name = this.prefix + "g";
        RealDaemon.removeAllStartingWith(this.prefix);
        uuid = RealDaemon.defineGuest(name);
        if (start) {
            RealDaemon.virsh("start", name);
        }
        host = engine.open(RealDaemon.URI);
        InventoryProbe.on(host).await("connected", Duration.ofSeconds(20), inv -> inv.status() instanceof HostStatus.Connected);
    }

    public EditOutcome apply(GuestEdit edit) throws Exception {
        return GuestEditor.apply(host, uuid, edit).get(90, TimeUnit.SECONDS);
    }

    /** Asserts the edit is refused with {@code message} and the definition stays byte for byte. */
    public void assertRefused(GuestEdit edit, String message) {
        String before = inactiveXml();
        assertThatThrownBy(() -> {
            try {
                apply(edit);
            } catch (ExecutionException e) {
                throw e.getCause();
            }
        }).isInstanceOf(EditRefused.class).hasMessageContaining(message);
        assertThat(inactiveXml()).isEqualTo(before);
    }

    public String inactiveXml() {
        return RealDaemon.virsh("dumpxml", "--inactive", "--security-info", name);
    }

    /** Another guest of the host, stopped, with its own disk; returns its name. */
    public String neighbour() throws Exception {
        RealDaemon.defineGuest(prefix + "n");
        return prefix + "n";
    }

    public String volumes() {
        RealDaemon.refreshPool(RealDaemon.POOL);
        return RealDaemon.virsh("vol-list", RealDaemon.POOL);
    }

    @Override
    public void close() {
        engine.close();
        RealDaemon.removeAllStartingWith(prefix);
    }
}
