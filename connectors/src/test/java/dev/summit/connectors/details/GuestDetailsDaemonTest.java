package dev.summit.connectors.details;

import dev.summit.connectors.edit.Effect;
import dev.summit.connectors.edit.EditOutcome;
import dev.summit.connectors.edit.GuestEditor;
import dev.summit.connectors.edit.change.SetMemory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.inventory.StatsHistory;
import dev.summit.connectors.inventory.StatsHistory.Metric;
import dev.summit.connectors.jna.StatsConnect;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.testing.TinyLinuxGuest;
import dev.summit.connectors.xml.Firmware;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One tiny Linux guest (plain QEMU, booted once for the class) for what only a running Linux shows:
 * a DHCP lease, a balloon driver that gives memory back; and a grub-rescue KVM guest for state reasons.
 */
@Tag("daemon")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuestDetailsDaemonTest {
    private static final String PREFIX = "summit-test-facts-";
    private static final Duration BOOT_AND_LEASE = Duration.ofSeconds(90);

    private final String tiny = PREFIX + "tiny-" + Long.toHexString(System.nanoTime());
    private String tinyUuid;
    private StatsConnect conn;

    @BeforeAll
    void bootTheTinyGuest() throws Exception {
        RealDaemon.removeAllStartingWith(PREFIX);
        tinyUuid = TinyLinuxGuest.define(tiny);
        RealDaemon.virsh("start", tiny);
        conn = new StatsConnect(RealDaemon.URI, false);
    }

    @AfterAll
    void removeEverything() throws Exception {
        if (conn != null) {
            conn.close();
        }
        RealDaemon.removeAllStartingWith(PREFIX);
    }

    @Test
    void theTinyGuestsAddressComesFromItsDhcpLease() throws Exception {
        GuestDetails details = awaitDetails("an IPv4 lease", d -> d.addressesFrom(AddressSource.LEASE).stream()
                .anyMatch(GuestAddress::isIpv4));

        GuestAddress lease = details.addressesFrom(AddressSource.LEASE).stream().filter(GuestAddress::isIpv4)
                .findFirst().orElseThrow();
        assertThat(lease.mac()).isEqualTo(TinyLinuxGuest.mac(tiny));
        assertThat(lease.address()).startsWith("192.168.122.");
        assertThat(lease.prefix()).isEqualTo(24);
        assertThat(RealDaemon.virsh("net-dhcp-leases", "default")).contains(lease.address());
        // The host learns the guest's MAC from its DHCP and ping traffic; when it has, both agree.
        details.addressesFrom(AddressSource.ARP).stream().filter(GuestAddress::isIpv4)
                .forEach(arp -> assertThat(arp.address()).isEqualTo(lease.address()));
        assertThat(details.addressesFrom(AddressSource.AGENT)).as("an absent agent is not asked").isEmpty();
        // libvirt 9.0 reads the ARP table over netlink and fails on some newer host kernels ("wrong
        // nlmsg len"): that failure is reported for ARP alone and costs the lease nothing.
        assertThat(details.addresses().unreadable()).doesNotContainKeys(AddressSource.LEASE, AddressSource.AGENT);
        if (details.addresses().unreadable().containsKey(AddressSource.ARP)) {
            assertThat(details.addresses().unreadable().get(AddressSource.ARP)).isNotBlank();
            assertThat(details.addressesFrom(AddressSource.ARP)).isEmpty();
        }
        assertThat(details.agent()).isEqualTo(AgentStatus.NOT_CONNECTED);
        assertThat(details.state().describe()).isEqualTo("running (booted)");
        assertThat(details.setup().firmware()).isEqualTo(Firmware.BIOS);
        assertThat(details.setup().machine()).startsWith("pc-i440fx");
    }

    @Test
    void anAbsentAgentFailsOnItsOwnAndTheLeaseStillAnswers() throws Exception {
        awaitDetails("an IPv4 lease", d -> !d.addressesFrom(AddressSource.LEASE).isEmpty());

        GuestDetails asked = GuestDetailsReader.read(conn, tinyUuid, true);

        assertThat(asked.addresses().unreadable()).containsKey(AddressSource.AGENT);
        assertThat(asked.addresses().unreadable().get(AddressSource.AGENT)).containsIgnoringCase("agent");
        assertThat(asked.addressesFrom(AddressSource.LEASE)).isNotEmpty();
    }

    @Test
    void theHistoryFillsAndItsBalloonFollowsSummitsLiveMemoryEdit() throws Exception {
        awaitDetails("the guest's network up (its drivers loaded)", d -> !d.addressesFrom(AddressSource.LEASE).isEmpty());
        try (HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ofMillis(500)))) {
            HostSession host = engine.open(RealDaemon.URI);
            InventoryProbe.on(host).await("connected", Duration.ofSeconds(60),
                    inv -> inv.status() instanceof HostStatus.Connected);

            StatsHistory.Series filled = await("five samples", () -> host.history(tinyUuid), s -> s.size() >= 5,
                    Duration.ofSeconds(30));
            assertThat(filled.latest(Metric.BALLOON_KIB)).isCloseTo(TinyLinuxGuest.MEMORY_MIB * 1024f, within(1f));
            assertThat(filled.latest(Metric.RSS_KIB)).as("the QEMU process holds memory").isGreaterThan(10_000f);
            for (float cpu : filled.values(Metric.CPU_PERCENT)) {
                assertThat(cpu).isBetween(0f, 100f);
            }
            assertThat(filled.epochMillis(filled.size() - 1)).isGreaterThan(filled.epochMillis(0));

            // Summit's own dynamic-memory edit: only a loaded virtio_balloon driver inflates the
            // balloon (without it "actual" stays put), so the figure following proves it moved live.
            EditOutcome outcome = GuestEditor.apply(host, tinyUuid, new SetMemory(null, 160 * 1024L))
                    .get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(outcome.effect()).isEqualTo(Effect.NOW_AND_NEXT_BOOT);
            assertThat(RealDaemon.virsh("dumpxml", "--inactive", tiny)).contains("<currentMemory unit='KiB'>163840</currentMemory>");
            StatsHistory.Series shrunk = await("the balloon at 160 MiB", () -> host.history(tinyUuid),
                    s -> Math.abs(s.latest(Metric.BALLOON_KIB) - 160 * 1024f) < 1024, Duration.ofSeconds(60));
            assertThat(shrunk.size()).isLessThanOrEqualTo(StatsHistory.CAPACITY);
            assertThat(host.history("00000000-0000-4000-8000-00000000dead").isEmpty()).isTrue();
        }
    }

    @Test
    void aRealGuestsStateReasonsReadAsVirshSaysThem() throws Exception {
        String rescue = PREFIX + "rescue-" + Long.toHexString(System.nanoTime());
        String uuid = RealDaemon.defineGuest(rescue);

        assertThat(GuestDetailsReader.read(conn, uuid).state().describe()).isEqualTo("shut off");
        RealDaemon.virsh("start", rescue);
        GuestDetails running = GuestDetailsReader.read(conn, uuid);
        assertThat(running.state().describe()).isEqualTo("running (booted)");
        assertThat(running.agent()).isEqualTo(AgentStatus.NO_CHANNEL);
        RealDaemon.virsh("suspend", rescue);
        assertThat(GuestDetailsReader.read(conn, uuid).state().describe()).isEqualTo("paused (user)");
        RealDaemon.virsh("resume", rescue);
        RealDaemon.virsh("managedsave", rescue);
        assertThat(GuestDetailsReader.read(conn, uuid).state().describe()).isEqualTo("shut off (saved)");
        RealDaemon.virsh("start", rescue);
        assertThat(GuestDetailsReader.read(conn, uuid).state().describe()).isEqualTo("running (restored)");
        RealDaemon.virsh("destroy", rescue);
        assertThat(GuestDetailsReader.read(conn, uuid).state().describe()).isEqualTo("shut off (destroyed)");
        assertThat(RealDaemon.virsh("domstate", rescue, "--reason").strip()).isEqualTo("shut off (destroyed)");
    }

    private GuestDetails awaitDetails(String what, Predicate<GuestDetails> condition) throws Exception {
        return await(what, () -> {
            try {
                return GuestDetailsReader.read(conn, tinyUuid);
            } catch (org.libvirt.LibvirtException e) {
                throw new IllegalStateException(e);
            }
        }, condition, BOOT_AND_LEASE);
    }

    private <T> T await(String what, Supplier<T> read, Predicate<T> condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = read.get();
        while (!condition.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + timeout + "; last: " + last
                        + "\nserial log of " + tiny + ":\n" + TinyLinuxGuest.serialLog(tiny));
            }
            Thread.sleep(500);
            last = read.get();
        }
        return last;
    }
}
