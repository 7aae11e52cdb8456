package dev.summit.connectors.jna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.host.LibvirtFlags.StatsTypes;
import dev.summit.connectors.testing.TestDriverHosts;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.libvirt.Domain;
import org.libvirt.Error;
import org.libvirt.LibvirtException;

class BulkDomainStatsTest {
    private StatsConnect conn;

    @BeforeEach
    void open() throws LibvirtException {
        conn = new StatsConnect(TestDriverHosts.uri("stats-host.xml"), false);
    }

    @AfterEach
    void close() throws LibvirtException {
        conn.close();
    }

    @Test
    void returnsOneRecordPerGuestWithItsNameUuidAndState() throws LibvirtException {
        Map<String, DomainStatsRecord> byName = byName(BulkDomainStats.fetch(conn, StatsTypes.LIST));

        assertThat(byName).containsOnlyKeys("alpine", "bernina", "cervino", "dom");
        assertThat(byName.get("alpine").uuid()).isEqualTo("5a1e0c2d-0000-4000-8000-000000000001");
        assertThat(byName.get("cervino").uuid()).isEqualTo("5a1e0c2d-0000-4000-8000-000000000003");
        assertThat(byName.get("alpine").fields()).containsEntry("state.state", 1);
        assertThat(byName.get("bernina").fields()).containsEntry("state.state", 3);
        assertThat(byName.get("cervino").fields()).containsEntry("state.state", 5);
        assertThat(byName.get("dom").longField("state.state", -1)).isEqualTo(5);
    }

    @Test
    void recordsMatchWhatListAllDomainsSees() throws LibvirtException {
        Domain[] listed = conn.listAllDomains(0);
        List<DomainStatsRecord> records = BulkDomainStats.fetch(conn, StatsTypes.LIST);

        assertThat(records).hasSize(listed.length);
        String[] uuids = Arrays.stream(listed).map(BulkDomainStatsTest::uuid).toArray(String[]::new);
        assertThat(records).extracting(DomainStatsRecord::uuid).containsExactlyInAnyOrder(uuids);
    }

    @Test
    void followsAGuestThatChangesState() throws LibvirtException {
        conn.domainLookupByName("cervino").create();
        conn.domainLookupByName("alpine").destroy();

        Map<String, DomainStatsRecord> byName = byName(BulkDomainStats.fetch(conn, StatsTypes.STATE));

        assertThat(byName.get("cervino").fields()).containsEntry("state.state", 1);
        assertThat(byName.get("alpine").fields()).containsEntry("state.state", 5);
    }

    @Test
    void repeatedCallsFreeWhatTheyGetBack() throws LibvirtException {
        // A double free or a use after free shows up as a crash or garbage well before 500 rounds.
        for (int i = 0; i < 500; i++) {
            assertThat(BulkDomainStats.fetch(conn, StatsTypes.LIST)).hasSize(4);
        }
    }

    @Test
    void aClosedConnectionFailsWithLibvirtsOwnError() throws LibvirtException {
        conn.close();

        assertThatThrownBy(() -> BulkDomainStats.fetch(conn, StatsTypes.LIST))
                .isInstanceOfSatisfying(LibvirtException.class, e -> {
                    assertThat(e.getMessage()).contains("connection");
                    assertThat(e.getError().getCode()).isEqualTo(Error.ErrorNumber.VIR_ERR_INVALID_CONN);
                });
    }

    private static Map<String, DomainStatsRecord> byName(List<DomainStatsRecord> records) {
        return records.stream().collect(Collectors.toMap(DomainStatsRecord::name, Function.identity()));
    }

    private static String uuid(Domain domain) {
        try {
            return domain.getUUIDString();
        } catch (LibvirtException e) {
            throw new IllegalStateException(e);
        }
    }
}
