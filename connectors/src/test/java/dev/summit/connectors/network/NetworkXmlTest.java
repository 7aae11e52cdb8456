package dev.summit.connectors.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.xml.VirtXmlValidate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every network Summit writes passes libvirt's own schema, and reads back as it was asked for. */
class NetworkXmlTest {
    @ParameterizedTest
    @EnumSource(NetworkMode.class)
    void eachModesXmlIsValidAndReadsBack(NetworkMode mode) throws Exception {
        NetworkRequest request = new NetworkRequest("lab <&> \"one\"", mode, Ipv4Subnet.parse("10.252.7.0/24"),
                DhcpRange.parse("10.252.7.100-10.252.7.150"), new NetworkExtras(mode.forwards() ? "eth0" : null,
                "lab.example", Ipv6Subnet.parse("fd00:252:7::/64"), "virbr-hn7"), true);
        String xml = NetworkXml.of(request);

        VirtXmlValidate.assertValid(xml, "network");
        NetworkDefinition read = NetworkDefinition.parse(xml);
        assertThat(read.name()).isEqualTo("lab <&> \"one\"");
        assertThat(read.modeLabel()).isEqualTo(mode.label());
        assertThat(read.subnets()).isEqualTo("10.252.7.0/24, fd00:252:7::/64");
        assertThat(read.dhcp()).hasToString("10.252.7.100-10.252.7.150");
        assertThat(read.bridge()).isEqualTo("virbr-hn7");
        assertThat(read.domain()).isEqualTo("lab.example");
        assertThat(read.forwardDevice()).isEqualTo(mode.forwards() ? "eth0" : "");
    }

    @Test
    void aMinimalNetworkLeavesTheBridgeToLibvirtAndHasNoDhcp() throws Exception {
        NetworkRequest request = new NetworkRequest("lab", NetworkMode.NAT, Ipv4Subnet.parse("10.252.8.0/24"), null,
                NetworkExtras.NONE, false);
        String xml = NetworkXml.of(request);

        VirtXmlValidate.assertValid(xml, "network");
        assertThat(xml).doesNotContain("<dhcp").doesNotContain("<domain").contains("<bridge delay=\"0\" stp=\"on\"/>");
    }

    @Test
    void libvirtsOwnNetmaskFormReadsAsAPrefix() {
        NetworkDefinition read = NetworkDefinition.parse("""
                <network><name>default</name><forward mode='nat'/><bridge name='virbr0'/>
                <ip address='192.168.122.1' netmask='255.255.255.0'><dhcp><range start='192.168.122.2' end='192.168.122.254'/></dhcp></ip>
                </network>""");
        assertThat(read.subnets()).isEqualTo("192.168.122.0/24");
        assertThat(read.modeLabel()).isEqualTo("nat");
    }
}
