package dev.summit.connectors.jna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.testing.TestDriverHosts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * A migration's own connection (our bindings only) reads a test-driver host as libvirt-java reads
 * the same file: the host, its guests, their state and memory, its networks.
 */
class NativeHostTest {
    private static final String HOST = TestDriverHosts.uri("details-host.xml");

    @Test
    void readsTheHostAndItsGuestsAsLibvirtJavaDoes() throws Exception {
        Connect java = new Connect(HOST, true);
        try (NativeHost host = NativeHost.open(HOST)) {
            assertThat(host.hostName()).isEqualTo(java.getHostName());
            assertThat(host.type()).isEqualTo(java.getType());
            assertThat(host.uri()).isEqualTo(java.getURI());
            assertThat(host.capabilities()).startsWith("<capabilities>");
            for (String name : List.of("matterhorn", "eiger")) {
                Domain expected = java.domainLookupByName(name);
                try (NativeGuest guest = host.guestByName(name)) {
                    assertThat(guest.name()).isEqualTo(name);
                    assertThat(guest.uuid()).isEqualTo(expected.getUUIDString());
                    assertThat(guest.xml(0)).isEqualTo(expected.getXMLDesc(0));
                    assertThat(guest.info().state()).isEqualTo(expected.getInfo().state.ordinal());
                    assertThat(guest.info().memoryKiB()).isEqualTo(expected.getInfo().memory);
                    assertThat(guest.active()).isEqualTo(expected.isActive() == 1);
                    assertThat(guest.persistent()).isTrue();
                }
                try (NativeGuest byUuid = host.guestByUuid(expected.getUUIDString())) {
                    assertThat(byUuid.name()).isEqualTo(name);
                }
            }
        } finally {
            java.close();
        }
    }

    @Test
    void listsOnlyTheRunningGuests() throws Exception {
        try (NativeHost host = NativeHost.open(HOST)) {
            List<String> running = new ArrayList<>();
            for (NativeGuest guest : host.runningGuests()) {
                try (guest) {
                    running.add(guest.name());
                    assertThat(guest.info().state()).isEqualTo(NativeGuest.RUNNING);
                }
            }
            assertThat(running).containsExactly("matterhorn");
        }
    }

    @Test
    void answersWhetherANetworkOrABridgeIsThere() throws Exception {
        try (NativeHost host = NativeHost.open(HOST)) {
            assertThat(host.networkActive("default")).contains(true);
            assertThat(host.networkActive("nowhere")).isEmpty();
            assertThat(host.hasInterface("br-nowhere")).isFalse();
            assertThat(host.hasVolumeAt("/nowhere/disk.qcow2")).isFalse();
        }
    }

    @Test
    void anUnknownGuestIsLibvirtsNoSuchGuest() throws Exception {
        try (NativeHost host = NativeHost.open(HOST)) {
            assertThatThrownBy(() -> host.guestByName("monte-rosa"))
                    .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(LibvirtFailure.isNoDomain(e)).isTrue());
        }
    }

    @Test
    void aHostThatCannotBeReachedFailsWithLibvirtsReason() {
        assertThatThrownBy(() -> NativeHost.open("qemu+unix:///system?socket=/nonexistent/native-host.sock"))
                .isInstanceOf(LibvirtException.class)
                .hasMessageContaining("/nonexistent/native-host.sock");
    }

    @Test
    void closingTwiceIsHarmless() throws Exception {
        NativeHost host = NativeHost.open(HOST);
        host.close();
        host.close();
        assertThat(host.pointer()).isNull();
    }
}
