package dev.summit.connectors.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectionUriTest {
    @Test
    void localChoicesMakeTheSystemUri() {
        assertThat(ConnectionUri.local(Hypervisor.QEMU).toUri()).isEqualTo("qemu:///system");
        assertThat(ConnectionUri.local(Hypervisor.XEN).toUri()).isEqualTo("xen:///system");
    }

    @Test
    void remoteChoicesCarryUserHostAndANonDefaultPort() {
        assertThat(new ConnectionUri(Hypervisor.QEMU, Transport.SSH, "admin", "build01", 2222, "").toUri())
                .isEqualTo("qemu+ssh://admin@build01:2222/system");
        assertThat(new ConnectionUri(Hypervisor.QEMU, Transport.SSH, "", "build01", 22, "").toUri())
                .isEqualTo("qemu+ssh://build01/system");
        assertThat(new ConnectionUri(Hypervisor.XEN, Transport.TLS, "", "10.0.0.5", 0, "").toUri())
                .isEqualTo("xen+tls://10.0.0.5/system");
        assertThat(new ConnectionUri(Hypervisor.QEMU, Transport.TCP, "", "fe80::1", 0, "").toUri())
                .isEqualTo("qemu+tcp://[fe80::1]/system");
    }

    @Test
    void badChoicesSayWhatIsWrong() {
        assertThat(new ConnectionUri(Hypervisor.QEMU, Transport.SSH, "", "", 0, "").problem())
                .contains("Enter the host name or address to connect to.");
        assertThat(new ConnectionUri(Hypervisor.QEMU, Transport.SSH, "", "bad host", 0, "").problem())
                .contains("'bad host' is not a host name or address.");
        assertThat(new ConnectionUri(Hypervisor.QEMU, Transport.SSH, "a@b", "h", 0, "").problem()).isPresent();
        assertThat(new ConnectionUri(Hypervisor.QEMU, Transport.SSH, "", "h", 70000, "").problem())
                .contains("The port must be between 1 and 65535.");
        assertThat(ConnectionUri.customProblem("not a uri")).get().asString().contains("not a valid URI");
        assertThat(ConnectionUri.customProblem("/just/a/path")).get().asString().contains("no driver scheme");
        assertThat(ConnectionUri.customProblem("qemu+ssh://root:hunter2@host/system")).get().asString()
                .contains("password");
    }

    @Test
    void aSavedUriOpensAsTheChoicesThatMadeIt() {
        ConnectionUri parsed = ConnectionUri.parse("qemu+ssh://admin@build01:2222/system");
        assertThat(parsed).isEqualTo(new ConnectionUri(Hypervisor.QEMU, Transport.SSH, "admin", "build01", 2222, ""));
        assertThat(ConnectionUri.parse("xen:///system")).isEqualTo(ConnectionUri.local(Hypervisor.XEN));
        assertThat(ConnectionUri.parse("test:///default").transport()).isEqualTo(Transport.CUSTOM);
        assertThat(ConnectionUri.parse("qemu:///session").custom()).isEqualTo("qemu:///session");
    }

    @Test
    void aTlsUriNamingItsCertificateDirectoryIsKeptWholeAsACustomUri() {
        String uri = "qemu+tls://10.250.77.2/system?pkipath=/tmp/mig-summit/tls/client";
        assertThat(ConnectionUri.customProblem(uri)).isEmpty();
        ConnectionUri parsed = ConnectionUri.parse(uri);
        assertThat(parsed.transport()).isEqualTo(Transport.CUSTOM);
        assertThat(parsed.toUri()).as("the pkipath parameter reaches libvirt").isEqualTo(uri);
    }
}
