package dev.summit.connectors.tunnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SshTargetTest {
    @Test
    void readsTheSshPartOfALibvirtUri() {
        assertThat(SshTarget.fromLibvirtUri("qemu+ssh://root@kvm2:2222/system"))
                .contains(new SshTarget("root", "kvm2", 2222, null));
        assertThat(SshTarget.fromLibvirtUri("qemu+ssh://kvm2/system")).contains(new SshTarget(null, "kvm2", -1, null));
        assertThat(SshTarget.fromLibvirtUri("qemu+libssh2://admin@[fd00::5]/system?keyfile=%2Fhome%2Fa%2Fid_kvm&known_hosts=/x"))
                .contains(new SshTarget("admin", "fd00::5", -1, "/home/a/id_kvm"));
        assertThat(SshTarget.fromLibvirtUri("xen+ssh://root@dom0/system")).contains(new SshTarget("root", "dom0", -1, null));
    }

    @Test
    void otherTransportsHaveNoSshTarget() {
        assertThat(SshTarget.fromLibvirtUri("qemu:///system")).isEqualTo(Optional.empty());
        assertThat(SshTarget.fromLibvirtUri("qemu+tls://kvm3/system")).isEmpty();
        assertThat(SshTarget.fromLibvirtUri("not a uri")).isEmpty();
    }

    @Test
    void printsAsTheStatusLineNamesIt() {
        assertThat(new SshTarget("root", "kvm2", -1, null)).hasToString("root@kvm2");
        assertThat(new SshTarget(null, "kvm2", 2222, null)).hasToString("kvm2:2222");
        assertThat(new SshTarget("root", "kvm2", 22, null)).hasToString("root@kvm2");
    }
}
