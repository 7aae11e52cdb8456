package dev.summit.connectors.hostinfo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.network.HostInterface;
import dev.summit.connectors.network.HostInterfaces;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The host window's facts, interfaces and CPU/memory history from the real libvirtd, checked against virsh. */
@Tag("daemon")
class HostOverviewDaemonTest {
    @Test
    void factsInterfacesAndTheHostsOwnHistoryMatchWhatVirshSays() throws Exception {
        try (HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ofMillis(300)))) {
            HostSession host = engine.open(RealDaemon.URI);
            InventoryProbe.on(host).await("connected", Duration.ofSeconds(30), inv -> inv.status() instanceof HostStatus.Connected);

            HostOverview facts = HostOverview.read(host).get(30, TimeUnit.SECONDS);
            String version = RealDaemon.virsh("version");
            assertThat(version).contains("Running hypervisor: " + facts.software().hypervisor());
            assertThat(version).contains("Using library: libvirt " + facts.software().libvirtVersion());
            assertThat(facts.software().hypervisor()).isEqualTo("QEMU " + facts.software().qemuVersion());
            String nodeinfo = RealDaemon.virsh("nodeinfo");
            assertThat(nodeinfo).containsPattern("CPU\\(s\\):\\s+" + facts.cpu().cpus());
            assertThat(nodeinfo).containsPattern("NUMA cell\\(s\\):\\s+" + facts.cpu().numaNodes());
            assertThat(nodeinfo).containsPattern("Memory size:\\s+" + facts.memoryKiB() + " KiB");
            assertThat(facts.kvm()).isEqualTo(RealDaemon.virsh("capabilities").contains("<domain type='kvm'") ? "yes"
                    : "no: guests run emulated (TCG), much slower");

            List<HostInterface> interfaces = HostInterfaces.read(host).get(30, TimeUnit.SECONDS);
            List<String> virshNames = RealDaemon.virsh("iface-list", "--all").lines().map(l -> l.strip().split("\\s+")[0])
                    .filter(n -> !n.isEmpty() && !n.equals("lo")).sorted().toList();
            assertThat(interfaces).extracting(HostInterface::name).containsExactlyElementsOf(virshNames);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (host.hostHistory().size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(host.hostHistory().size()).isGreaterThanOrEqualTo(3);
            float[] used = host.hostHistory().memoryUsedKiB();
            float[] total = host.hostHistory().memoryTotalKiB();
            assertThat(used[used.length - 1]).isPositive().isLessThan(total[total.length - 1]);
            assertThat(total[total.length - 1]).isCloseTo(facts.memoryKiB(), org.assertj.core.api.Assertions.within(64f));
            for (float busy : host.hostHistory().cpuPercent()) {
                assertThat(busy).isBetween(0f, 100f);
            }
        }
    }
}
