package dev.summit.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.host.Hypervisor;
import dev.summit.connectors.host.Transport;
import org.junit.jupiter.api.Test;

class ConnectionDialogModelTest {
    private final ConnectionDialogModel model = new ConnectionDialogModel();

    @Test
    void startsOnTheLocalQemuHost() {
        assertThat(model.uriPreview().getValue()).isEqualTo("qemu:///system");
        assertThat(model.problem().getValue()).isEmpty();
        assertThat(model.toDraft()).isEqualTo(new ConnectionDraft("QEMU/KVM (local)", "qemu:///system", true));
    }

    @Test
    void sshChoicesShowTheUriTheyMake() {
        model.transportProperty().set(Transport.SSH);
        assertThat(model.problem().getValue()).isEqualTo("Enter the host name or address to connect to.");
        assertThat(model.uriPreview().getValue()).isEmpty();

        model.userProperty().set("admin");
        model.hostProperty().set("build01");
        model.portProperty().set("2222");
        assertThat(model.uriPreview().getValue()).isEqualTo("qemu+ssh://admin@build01:2222/system");
        model.hypervisorProperty().set(Hypervisor.XEN);
        assertThat(model.uriPreview().getValue()).isEqualTo("xen+ssh://admin@build01:2222/system");
        assertThat(model.toDraft().displayName()).isEqualTo("Xen on build01");
    }

    @Test
    void aPortThatIsNotANumberIsAProblem() {
        model.transportProperty().set(Transport.TLS);
        model.hostProperty().set("h");
        model.portProperty().set("abc");
        assertThat(model.problem().getValue()).isEqualTo("The port must be between 1 and 65535.");
    }

    @Test
    void editingLoadsTheSavedChoices() {
        model.load(new ConnectionDraft("Lab", "qemu+tcp://10.0.0.9:16600/system", false));
        assertThat(model.transportProperty().get()).isEqualTo(Transport.TCP);
        assertThat(model.hostProperty().get()).isEqualTo("10.0.0.9");
        assertThat(model.portProperty().get()).isEqualTo("16600");
        assertThat(model.toDraft()).isEqualTo(new ConnectionDraft("Lab", "qemu+tcp://10.0.0.9:16600/system", false));
    }

    @Test
    void whoeverWatchesTheProblemSeesEveryChange() {
        java.util.List<String> seen = new java.util.ArrayList<>();
        model.problem().addListener((obs, old, now) -> seen.add(now));
        model.transportProperty().set(Transport.SSH);
        model.hostProperty().set("h");
        model.hostProperty().set("");
        assertThat(seen).containsExactly("Enter the host name or address to connect to.", "",
                "Enter the host name or address to connect to.");
    }
}
