package dev.summit.connectors.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.network.NetworkProblem.Field;
import org.junit.jupiter.api.Test;

/** What a user types for a new network, read or refused with a sentence that names what is wrong. */
class NetworkInputTest {
    @Test
    void aSubnetGivesTheHostTheFirstAddressOrTheOneTyped() {
        Ipv4Subnet net = Ipv4Subnet.parse("10.252.1.0/24");
        assertThat(net.cidr()).isEqualTo("10.252.1.0/24");
        assertThat(net.gatewayAddress()).isEqualTo("10.252.1.1");
        assertThat(net.suggestedRange().toString()).isEqualTo("10.252.1.2-10.252.1.254");
        assertThat(Ipv4Subnet.parse("10.252.1.77/24").gatewayAddress()).isEqualTo("10.252.1.77");
        assertThat(Ipv4Subnet.parse(" 10.252.1.0/24 ").overlaps(Ipv4Subnet.parse("10.252.0.0/16"))).isTrue();
        assertThat(net.overlaps(Ipv4Subnet.parse("10.252.2.0/24"))).isFalse();
    }

    @Test
    void badCidrsAreRefusedNamingWhatIsWrong() {
        assertThatThrownBy(() -> Ipv4Subnet.parse("10.252.1.0")).hasMessageContaining("address/prefix");
        assertThatThrownBy(() -> Ipv4Subnet.parse("10.252.300.0/24")).hasMessageContaining("'300' is not a number 0–255");
        assertThatThrownBy(() -> Ipv4Subnet.parse("10.252.1/24")).hasMessageContaining("four numbers");
        assertThatThrownBy(() -> Ipv4Subnet.parse("10.252.1.0/31")).hasMessageContaining("1 to 30");
        assertThatThrownBy(() -> Ipv4Subnet.parse("10.252.1.0/x")).hasMessageContaining("no prefix length");
        assertThatThrownBy(() -> Ipv4Subnet.parse("10.252.1.255/24")).hasMessageContaining("broadcast");
        assertThatThrownBy(() -> Ipv6Subnet.parse("fd00::/200")).hasMessageContaining("8 to 126");
        assertThatThrownBy(() -> Ipv6Subnet.parse("10.0.0.0/64")).hasMessageContaining("not an IPv6 subnet");
    }

    @Test
    void ipv6SubnetsReadAsPeopleWriteThem() {
        Ipv6Subnet net = Ipv6Subnet.parse("fd00:252:1::/64");
        assertThat(net.cidr()).isEqualTo("fd00:252:1::/64");
        assertThat(net.gatewayAddress()).isEqualTo("fd00:252:1::1");
        assertThat(net.overlaps(Ipv6Subnet.parse("fd00:252::/32"))).isTrue();
        assertThat(net.overlaps(Ipv6Subnet.parse("fd00:252:2::/64"))).isFalse();
    }

    @Test
    void aDhcpRangeMustLieInsideItsSubnetAndMissTheHostsAddress() {
        Ipv4Subnet net = Ipv4Subnet.parse("10.252.1.0/24");
        assertThat(DhcpRange.parse("10.252.1.100-10.252.1.199").problemIn(net)).isNull();
        assertThat(DhcpRange.parse("10.252.2.1-10.252.2.9").problemIn(net)).contains("outside the subnet 10.252.1.0/24");
        assertThat(DhcpRange.parse("10.252.1.9-10.252.1.2").problemIn(net)).contains("ends before it starts");
        assertThat(DhcpRange.parse("10.252.1.1-10.252.1.20").problemIn(net)).contains("host's own address 10.252.1.1");
        assertThat(DhcpRange.parse("10.252.1.2-10.252.1.255").problemIn(net)).contains("broadcast");
        assertThatThrownBy(() -> DhcpRange.parse("10.252.1.2")).hasMessageContaining("FIRST-LAST");
    }

    @Test
    void whatIsWrongWhateverTheHostHoldsIsFoundBeforeAskingIt() {
        NetworkRequest request = new NetworkRequest("lab/1", NetworkMode.ISOLATED, Ipv4Subnet.parse("10.252.1.0/24"),
                DhcpRange.parse("10.252.9.1-10.252.9.2"), new NetworkExtras("eth0", "not a domain", null,
                "a-bridge-name-too-long"), false);
        assertThat(NetworkPrecheck.checkAlone(request)).extracting(NetworkProblem::field)
                .containsExactlyInAnyOrder(Field.NAME, Field.DHCP, Field.FORWARD, Field.DOMAIN, Field.BRIDGE);
        assertThat(NetworkPrecheck.checkAlone(NetworkRequest.nat("lab", Ipv4Subnet.parse("10.252.1.0/24")))).isEmpty();
    }

    @Test
    void modesReadAsTheCommandLineNamesThem() {
        assertThat(NetworkMode.parse("Routed")).isEqualTo(NetworkMode.ROUTED);
        assertThatThrownBy(() -> NetworkMode.parse("bridge")).hasMessageContaining("nat, routed, isolated or open");
    }
}
