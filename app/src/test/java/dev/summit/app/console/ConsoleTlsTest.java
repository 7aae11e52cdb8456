package dev.summit.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.console.ConsoleRoute;
import dev.summit.connectors.xml.VncDisplay;
import dev.summit.connectors.xml.VncListen;
import dev.summit.console.rfb.security.x509.FirstUseTrust;
import dev.summit.console.rfb.security.x509.LibvirtPki;
import dev.summit.console.rfb.security.x509.TlsPeer;
import java.net.InetAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The name a console expects in a VNC server's certificate: the one the user reached the host by. */
class ConsoleTlsTest {
    private final ConsoleTls tls = new ConsoleTls(new LibvirtPki(Path.of("/nonexistent"), Path.of("/nonexistent"), false),
            FirstUseTrust.REFUSE_UNKNOWN);

    private static VncDisplay listening(String address, int port) {
        return new VncDisplay(0, port, true, new VncListen.Address(address, null), false);
    }

    @Test
    void aRemoteHostIsExpectedByTheNameInItsUri() {
        assertThat(tls.peer("qemu+tls://kvm1.example.org/system", ConsoleRoute.TCP, listening("0.0.0.0", 5901)))
                .isEqualTo(new TlsPeer("kvm1.example.org", 5901));
        assertThat(tls.peer("qemu+ssh://root@kvm2.example.org/system", ConsoleRoute.SSH_TUNNEL, listening("127.0.0.1", 5900)))
                .isEqualTo(new TlsPeer("kvm2.example.org", 5900));
        assertThat(tls.peer("qemu+tcp://[2001:db8::7]/system", ConsoleRoute.TCP, listening("::", 5902)))
                .isEqualTo(new TlsPeer("2001:db8::7", 5902));
        assertThat(new TlsPeer("2001:db8::7", 5902).endpoint()).isEqualTo("[2001:db8::7]:5902");
    }

    @Test
    void aDisplayDialledAtItsOwnListenAddressIsExpectedByThatAddress() {
        assertThat(tls.peer("qemu+tls://kvm1.example.org/system", ConsoleRoute.TCP, listening("192.0.2.7", 5900)))
                .isEqualTo(new TlsPeer("192.0.2.7", 5900));
    }

    @Test
    void aLocalHostIsExpectedByThisMachinesName() throws Exception {
        String here = InetAddress.getLocalHost().getCanonicalHostName();
        assertThat(tls.peer("qemu:///system", ConsoleRoute.TCP, listening("127.0.0.1", 5900))).isEqualTo(new TlsPeer(here, 5900));
        VncDisplay socket = new VncDisplay(0, -1, false, new VncListen.Socket("/run/vnc.sock"), false);
        assertThat(tls.peer("qemu:///system", ConsoleRoute.UNIX_SOCKET, socket).endpoint()).isEqualTo(here);
    }
}
