package dev.summit.app.hostwindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.app.tasks.HistoryLog;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.testing.TestDriverHosts;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.network.NetworkMode;
import dev.summit.connectors.network.NetworkSummary;
import dev.summit.connectors.testing.InventoryProbe;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Networks tab's view-model without a window, on the test-driver host, results handed over at once. */
class NetworksViewModelTest {
    private HostEngine engine;
    private HostSession host;
    private NetworksViewModel model;

    @BeforeEach
    void connect() {
        engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
        host = engine.open(TestDriverHosts.uri("host-window.xml"));
        InventoryProbe.on(host).await("connected", Duration.ofSeconds(10), inv -> inv.status() instanceof HostStatus.Connected);
        model = new NetworksViewModel(host, new TaskRunner(Runnable::run, HistoryLog.NONE), Runnable::run);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aNetworkMadeFromTheFormIsListedAndAStoppedOneSaysSoForLeases() throws Exception {
        NewNetworkForm.Outcome read = new NewNetworkForm(" hostnet-vm ", NetworkMode.ISOLATED, "10.252.80.0/24",
                new NewNetworkForm.DhcpFields(true, "10.252.80.10", "10.252.80.20"), "", "", "", false).read();
        assertThat(read.problems()).isEmpty();

        model.create(read.request()).get(10, TimeUnit.SECONDS);

        assertThat(model.statusProperty().get()).isEqualTo("Network 'hostnet-vm' is running.");
        NetworkSummary made = model.networks().stream().filter(n -> n.name().equals("hostnet-vm")).findFirst().orElseThrow();
        assertThat(made.definition().dhcp()).hasToString("10.252.80.10-10.252.80.20");
        model.stop("hostnet-vm").get(10, TimeUnit.SECONDS);
        NetworkSummary stopped = model.networks().stream().filter(n -> n.name().equals("hostnet-vm")).findFirst().orElseThrow();
        model.showLeases(stopped);
        assertThat(model.leaseNoteProperty().get()).isEqualTo("Network 'hostnet-vm' is stopped.");
    }

    @Test
    void aRefusedDeleteKeepsTheNetworkAndSaysWhy() throws Exception {
        model.reload().get(10, TimeUnit.SECONDS);

        assertThatThrownBy(() -> model.delete("hostnet-lan").get(10, TimeUnit.SECONDS)).hasMessageContaining("kita");
        assertThat(model.statusProperty().get()).contains("running guest kita uses it");
        assertThat(model.networks()).extracting(NetworkSummary::name).contains("hostnet-lan");
    }

    @Test
    void theFormNamesEveryFieldItCannotRead() {
        NewNetworkForm.Outcome read = new NewNetworkForm("x", NetworkMode.NAT, "10.252.80.0",
                new NewNetworkForm.DhcpFields(true, "10.252.80.10", "nope"), "", "", "fd00::/300", false).read();

        assertThat(read.request()).isNull();
        assertThat(read.problems()).hasSize(3);
        assertThat(String.join(" ", read.problems())).contains("'10.252.80.0' is not an IPv4 subnet", "'nope'", "8 to 126");
    }
}
