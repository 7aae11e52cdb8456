package dev.summit.connectors.details;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.jna.StatsConnect;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.TestDriverHosts;
import dev.summit.connectors.xml.Firmware;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.libvirt.Domain;

/** On libvirt's test driver, which keeps state reasons and answers every address source. */
class GuestDetailsReaderTest {
    private static final String MATTERHORN = "5a1e0c2d-0000-4000-8000-0000000000d1";
    private static final String EIGER = "5a1e0c2d-0000-4000-8000-0000000000d2";

    private final StatsConnect conn = open();

    private static StatsConnect open() {
        try {
            return new StatsConnect(TestDriverHosts.uri("details-host.xml"), false);
        } catch (org.libvirt.LibvirtException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void close() throws Exception {
        conn.close();
    }

    @Test
    void readsWhatTheOverviewShows() throws Exception {
        conn.domainLookupByUUIDString(MATTERHORN).setAutostart(true);

        GuestDetails details = GuestDetailsReader.read(conn, MATTERHORN);

        assertThat(details.uuid()).isEqualTo(MATTERHORN);
        assertThat(details.name()).isEqualTo("matterhorn");
        assertThat(details.notes().title()).isEqualTo("Build server & cache");
        assertThat(details.notes().description()).isEqualTo("Runs the nightly builds.\nAsk Anna before restarting.");
        assertThat(details.setup().osId()).isEqualTo("http://debian.org/debian/11");
        assertThat(details.setup().osName()).isEqualTo("Debian 11");
        assertThat(details.setup().machine()).isEqualTo("pc-q35-7.2");
        assertThat(details.setup().firmware()).isEqualTo(Firmware.UEFI);
        assertThat(details.autostart()).isTrue();
        assertThat(details.state().describe()).isEqualTo("running");
    }

    @Test
    void aBareGuestHasEmptyFactsNotMadeUpOnes() throws Exception {
        GuestDetails details = GuestDetailsReader.read(conn, EIGER);

        assertThat(details.notes().title()).isEmpty();
        assertThat(details.notes().description()).isEmpty();
        assertThat(details.setup().osId()).isEmpty();
        assertThat(details.setup().osName()).isEmpty();
        assertThat(details.setup().machine()).isEmpty();
        assertThat(details.setup().firmware()).isEqualTo(Firmware.BIOS);
        assertThat(details.autostart()).isFalse();
        assertThat(details.agent()).isEqualTo(AgentStatus.NO_CHANNEL);
        assertThat(details.addresses().found()).as("a stopped guest has no address").isEmpty();
        assertThat(details.addresses().unreadable()).isEmpty();
    }

    @Test
    void theStateCarriesLibvirtsReason() throws Exception {
        Domain eiger = conn.domainLookupByUUIDString(EIGER);
        eiger.create();
        assertThat(GuestDetailsReader.read(conn, EIGER).state().describe()).isEqualTo("running (booted)");
        eiger.suspend();
        assertThat(GuestDetailsReader.read(conn, EIGER).state().describe()).isEqualTo("paused (user)");
        eiger.resume();
        assertThat(GuestDetailsReader.read(conn, EIGER).state().describe()).isEqualTo("running (unpaused)");
        eiger.destroy();
        assertThat(GuestDetailsReader.read(conn, EIGER).state().describe()).isEqualTo("shut off (destroyed)");
    }

    @Test
    void anAgentChannelNobodyAnswersIsNotAskedForAddresses() throws Exception {
        GuestDetails details = GuestDetailsReader.read(conn, MATTERHORN);

        assertThat(details.agent()).isEqualTo(AgentStatus.NOT_CONNECTED);
        assertThat(details.addressesFrom(AddressSource.AGENT)).isEmpty();
        assertThat(details.addressesFrom(AddressSource.LEASE)).singleElement().satisfies(address -> {
            assertThat(address.mac()).isEqualTo("52:54:00:5a:00:d1");
            assertThat(address.isIpv4()).isTrue();
            assertThat(address.prefix()).isEqualTo(24);
            assertThat(address.address()).startsWith("192.168.122.");
        });
        assertThat(details.addressesFrom(AddressSource.ARP)).hasSize(1);
    }

    @Test
    void failingSourcesAreEachNamedAndTheRestOfTheDetailsStillRead() throws Exception {
        // With its network gone the test driver refuses every source; GuestDetailsDaemonTest shows
        // one failing source (an absent agent) leaving the others' addresses in place.
        conn.networkLookupByName("default").destroy();
        conn.networkLookupByName("default").undefine();

        GuestDetails details = GuestDetailsReader.read(conn, MATTERHORN);

        assertThat(details.addresses().found()).isEmpty();
        assertThat(details.addresses().unreadable()).containsOnlyKeys(AddressSource.LEASE, AddressSource.ARP);
        assertThat(details.addresses().unreadable().get(AddressSource.LEASE)).contains("default");
        assertThat(details.notes().title()).as("the rest of the details still read").isEqualTo("Build server & cache");
    }

    @Test
    void throughTheHostsWorkerAndAGoneGuestIsNamedInTheError() throws Exception {
        try (HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO))) {
            HostSession host = engine.open(TestDriverHosts.uri("details-host.xml"));
            InventoryProbe.on(host).await("connected", Duration.ofSeconds(10),
                    inv -> inv.status() instanceof HostStatus.Connected);

            GuestDetails details = GuestDetailsReader.read(host, MATTERHORN).get(10, TimeUnit.SECONDS);
            assertThat(details.notes().title()).isEqualTo("Build server & cache");

            assertThatThrownBy(() -> GuestDetailsReader.read(host, "5a1e0c2d-0000-4000-8000-0000000000ff")
                    .get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(HostOperationException.class)
                    .hasMessageStartingWith("Could not read the details of '5a1e0c2d-0000-4000-8000-0000000000ff'");
        }
    }
}
