package dev.summit.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UriSecretsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "qemu:///system",
        "qemu:///session",
        "test:///default",
        "qemu+ssh://root@host.example/system",
        "qemu+ssh://host.example:2222/system?keyfile=/home/me/.ssh/id_ed25519&no_verify=1",
        "xen+ssh://user@[2001:db8::1]:22/system",
        "qemu+tls://host/system?pkipath=/etc/pki/summit",
        "qemu+ssh://host/system?bypass=1",
    })
    void plainUrisPass(String uri) {
        assertThat(UriSecrets.problem(uri)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "qemu+ssh://root:hunter2@host/system",
        "qemu+ssh://root:@host/system",
        "qemu+ssh://root:p@ss@host/system",
        "qemu+ssh://root:hunter2@host",
        "qemu+ssh://root:hunter2@host with space/system",
    })
    void passwordInUserInfoIsFound(String uri) {
        assertThat(UriSecrets.problem(uri)).hasValueSatisfying(message -> assertThat(message)
                .contains("password in its user part")
                .doesNotContain("hunter2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "qemu+ssh://host/system?password=hunter2",
        "qemu+ssh://host/system?no_verify=1&PASSWD=hunter2",
        "qemu+ssh://host/system?ssh_passphrase=hunter2",
        "qemu+tls://host/system?client_secret=hunter2",
        "qemu+tls://host/system?token=hunter2#frag",
        "qemu+tls://host/system?pass%77ord=hunter2",
        "qemu+tls://host/system?pwd=hunter2",
        "qemu+tls://host/system?no_tty=1;password=hunter2",
    })
    void secretQueryParametersAreFound(String uri) {
        assertThat(UriSecrets.problem(uri)).hasValueSatisfying(message -> assertThat(message)
                .contains("query parameter named")
                .doesNotContain("hunter2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"qemu:///system#password=x", "qemu+ssh://host/sys:tem@x"})
    void fragmentsAndPathsAreNotMistakenForSecrets(String uri) {
        assertThat(UriSecrets.problem(uri)).isEmpty();
    }
}
