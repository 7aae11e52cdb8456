package dev.summit.connectors.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files: live XML as libvirt 9 wrote it for each kind of display (network.xml with the
 * address libvirt fills in once the network is up), and what Summit reads from it.
 */
class DomainGraphicsTest {
    @ParameterizedTest
    @ValueSource(strings = {"loopback", "any", "socket", "none", "network", "network-inactive", "spiceonly", "spicevnc",
            "nographics", "legacy-attributes"})
    void readsEveryDisplayShape(String name) throws IOException {
        String xml = resource(name + ".xml");

        String seen = ("types: " + String.join(" ", DomainGraphics.types(xml))).strip() + "\n"
                + "vnc: " + DomainGraphics.vnc(xml).map(DomainGraphicsTest::render).orElse("none");

        assertThat(seen.strip()).isEqualTo(resource(name + ".expected").strip());
    }

    @Test
    void thePasswordIsOnlyHandedOutOnRequestAndNeverPrinted() throws IOException {
        String xml = resource("any.xml");

        VncDisplay display = DomainGraphics.vnc(xml).orElseThrow();
        assertThat(display.passwordSet()).isTrue();
        assertThat(display.toString()).doesNotContain("Sum1t-pw");

        Optional<VncPassword> password = DomainGraphics.vncPassword(xml);
        assertThat(password).isPresent();
        assertThat(password.get().toString()).doesNotContain("Sum1t-pw");
        char[] chars = password.get().chars();
        assertThat(new String(chars)).isEqualTo("Sum1t-pw");
        password.get().clear();
        assertThat(new String(password.get().chars())).isEqualTo("\0".repeat(8));
        assertThat(DomainGraphics.vncPassword(resource("loopback.xml"))).isEmpty();
    }

    @Test
    void wildcardAndDefaultListensAreDialledOnLoopback() {
        assertThat(new VncListen.Address("0.0.0.0", null).dialFromHost()).isEqualTo("127.0.0.1");
        assertThat(new VncListen.Address("::", null).dialFromHost()).isEqualTo("127.0.0.1");
        assertThat(new VncListen.Address(null, null).dialFromHost()).isEqualTo("127.0.0.1");
        assertThat(new VncListen.Address("192.168.122.1", "default").dialFromHost()).isEqualTo("192.168.122.1");

        assertThat(new VncListen.Address("0.0.0.0", null).loopbackOnly()).isFalse();
        assertThat(new VncListen.Address(null, null).loopbackOnly()).isTrue();
        assertThat(new VncListen.Address("::1", null).loopbackOnly()).isTrue();
        assertThat(new VncListen.Address("10.0.0.5", null).loopbackOnly()).isFalse();
    }

    private static String render(VncDisplay display) {
        return "index=" + display.index() + " port=" + display.port() + " autoport=" + (display.autoport() ? "yes" : "no")
                + " listen=" + listen(display.listen()) + " password=" + (display.passwordSet() ? "yes" : "no");
    }

    private static String listen(VncListen listen) {
        if (listen instanceof VncListen.Address address) {
            return "address " + (address.address() == null ? "(default)" : address.address())
                    + (address.network() == null ? "" : " network=" + address.network());
        }
        if (listen instanceof VncListen.Socket socket) {
            return "socket " + socket.path();
        }
        return "none";
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DomainGraphicsTest.class.getResourceAsStream("/graphics/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
