package dev.summit.connectors.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.jna.StatsConnect;
import dev.summit.connectors.testing.RealDaemon;
import java.io.IOException;
import org.libvirt.LibvirtException;

/**
 * A grub-rescue KVM guest on the machine's libvirtd for the edit daemon tests, with 1 of at most 2
 * vCPUs plugged in, and a connection of the kind the host's worker owns.
 */
final class EditGuest implements AutoCloseable {
    static final String PREFIX = "summit-test-ecpu-";

    final String name;
    final String uuid;
    final StatsConnect conn;

    private EditGuest(String name, String uuid, StatsConnect conn) {
        this.name = name;
        this.uuid = uuid;
        this.conn = conn;
    }

    static EditGuest define(String what) throws IOException, LibvirtException {
        String name = PREFIX + what + "-" + Long.toHexString(System.nanoTime());
        String uuid = whilePoolBusy(() -> RealDaemon.defineGuest(name,
                "<graphics type='vnc' autoport='yes' listen='127.0.0.1' passwd='old'/>"));
        RealDaemon.virsh("setvcpus", name, "2", "--config", "--maximum");
        RealDaemon.virsh("setvcpus", name, "1", "--config");
        return new EditGuest(name, uuid, new StatsConnect(RealDaemon.URI, false));
    }

    EditGuest start() {
        RealDaemon.virsh("start", name);
        return this;
    }

    EditOutcome apply(GuestEdit edit) throws LibvirtException {
        return GuestEditor.apply(conn, uuid, edit);
    }

    /** What the guest boots with next, secrets included: what a refusal must leave byte for byte. */
    String inactiveXml() {
        return RealDaemon.virsh("dumpxml", "--inactive", "--security-info", name);
    }

    String liveXml() {
        return RealDaemon.virsh("dumpxml", "--security-info", name);
    }

    /** The edit is refused with {@code reason} and neither definition changes. */
    void assertRefused(GuestEdit edit, String reason) {
        String before = inactiveXml();
        String liveBefore = RealDaemon.virshOk("domid", name) && !RealDaemon.virsh("domstate", name).contains("shut off")
                ? liveXml() : null;
        assertThatThrownBy(() -> apply(edit)).isInstanceOf(EditRefused.class).hasMessageContaining(reason);
        assertThat(inactiveXml()).isEqualTo(before);
        if (liveBefore != null) {
            assertThat(liveXml()).isEqualTo(liveBefore);
        }
    }

    @Override
    public void close() throws LibvirtException, IOException {
        conn.close();
        whilePoolBusy(() -> {
            RealDaemon.removeAllStartingWith(PREFIX);
            return null;
        });
    }

    private interface PoolWork<T> {
        T run() throws IOException;
    }

    /**
     * Other sessions upload into the shared test pool, and libvirt refuses to refresh a pool while a
     * volume job runs ("asynchronous jobs running"): wait for it rather than fail on someone else's upload.
     */
    private static <T> T whilePoolBusy(PoolWork<T> work) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.run();
            } catch (IllegalStateException e) {
                if (attempt == 30 || e.getMessage() == null || !e.getMessage().contains("asynchronous jobs running")) {
                    throw e;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
