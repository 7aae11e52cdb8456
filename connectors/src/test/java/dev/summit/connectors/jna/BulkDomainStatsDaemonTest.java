package dev.summit.connectors.jna;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.host.LibvirtFlags.StatsTypes;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.libvirt.LibvirtException;

/** The real QEMU driver over the daemon's socket: the RPC path the test driver never takes. */
@Tag("daemon")
class BulkDomainStatsDaemonTest {
    @Test
    void fetchesFromTheSystemDaemon() throws LibvirtException {
        StatsConnect conn = new StatsConnect("qemu:///system", true);
        try {
            List<DomainStatsRecord> records = BulkDomainStats.fetch(conn, StatsTypes.LIST);

            assertThat(records).hasSize(conn.listAllDomains(0).length);
            assertThat(records).allSatisfy(r -> {
                assertThat(r.uuid()).hasSize(36);
                assertThat(r.fields()).containsKey("state.state");
            });
        } finally {
            conn.close();
        }
    }
}
