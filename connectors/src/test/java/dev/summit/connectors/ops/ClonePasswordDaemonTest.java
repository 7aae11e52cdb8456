package dev.summit.connectors.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.templates.Templates;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A clone (and a guest made from a template) never carries its source's display password: it gets
 * a new one or none, and a caller that did not choose is refused while the source has one.
 */
@Tag("daemon")
class ClonePasswordDaemonTest {
    private static final String SOURCE_SECRET = "src-pw1";
    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private final String source = "guestbits-pw-" + Long.toHexString(System.nanoTime());
    private HostSession host;
    private String uuid;

    @BeforeEach
    void connect() throws Exception {
        uuid = RealDaemon.defineGuest(source,
                "<graphics type='vnc' autoport='yes' listen='127.0.0.1' passwd='" + SOURCE_SECRET + "'/>");
        host = engine.open(RealDaemon.URI);
        InventoryProbe.on(host).await("connected", Duration.ofSeconds(20), inv -> inv.status() instanceof HostStatus.Connected);
    }

    @AfterEach
    void cleanUp() {
        RealDaemon.removeAllStartingWith(source);
        engine.close();
    }

    @Test
    void aCloneWhoseCallerDidNotChooseIsRefusedAndNothingIsMade() throws Exception {
        assertThat(CloneGuest.hasDisplayPassword(host, uuid).get(30, TimeUnit.SECONDS)).isTrue();
        CloneRequest unchosen = CloneRequest.of(uuid, List.of(source + "-u"), CloneMode.LINKED);

        assertThat(CloneGuest.precheck(host, unchosen).get(30, TimeUnit.SECONDS)).containsExactly("'" + source
                + "' has a display password, which a clone never inherits: give the clone a new password, or none.");
        CloneGuest.Outcome outcome = CloneGuest.run(host, unchosen, OperationProgress.IGNORE, new CancelSignal())
                .get(60, TimeUnit.SECONDS);

        assertThat(outcome.made()).isEmpty();
        assertThat(RealDaemon.virshOk("dominfo", source + "-u")).isFalse();
        assertThat(RealDaemon.virsh("vol-list", RealDaemon.POOL)).doesNotContain(source + "-u");
    }

    @Test
    void aCloneWithNoPasswordHasNone() throws Exception {
        CloneGuest.Outcome outcome = CloneGuest.run(host, CloneRequest.of(uuid, List.of(source + "-n"), CloneMode.LINKED)
                .withDisplayPassword(ClonePassword.NONE), OperationProgress.IGNORE, new CancelSignal()).get(60, TimeUnit.SECONDS);

        assertThat(outcome.failure()).isNull();
        String clone = RealDaemon.virsh("dumpxml", "--inactive", "--security-info", source + "-n");
        assertThat(clone).contains("<graphics type='vnc'").doesNotContain("passwd").doesNotContain(SOURCE_SECRET);
        assertThat(RealDaemon.virsh("dumpxml", "--inactive", "--security-info", source))
                .as("the source keeps its own").contains("passwd='" + SOURCE_SECRET + "'");
    }

    @Test
    void aCloneGivenANewPasswordHasThatOneOnly() throws Exception {
        CloneGuest.Outcome outcome = CloneGuest.run(host, CloneRequest.of(uuid, List.of(source + "-g"), CloneMode.FULL)
                        .withDisplayPassword(new ClonePassword.Given("new-pw2")), OperationProgress.IGNORE, new CancelSignal())
                .get(60, TimeUnit.SECONDS);

        assertThat(outcome.failure()).isNull();
        assertThat(RealDaemon.virsh("dumpxml", "--inactive", "--security-info", source + "-g"))
                .contains("passwd='new-pw2'").doesNotContain(SOURCE_SECRET);
    }

    @Test
    void aPasswordVncCannotTakeIsRefusedWithoutShowingIt() throws Exception {
        CloneRequest tooLong = CloneRequest.of(uuid, List.of(source + "-l"), CloneMode.LINKED)
                .withDisplayPassword(new ClonePassword.Given("nine-char"));

        assertThat(CloneGuest.precheck(host, tooLong).get(30, TimeUnit.SECONDS))
                .containsExactly("A VNC password has at most 8 characters (VNC uses only the first 8).");
        assertThat(tooLong.toString()).doesNotContain("nine-char");
    }

    @Test
    void aGuestFromATemplateGetsItsOwnPasswordNeverTheTemplates() throws Exception {
        Templates.mark(host, uuid).get(30, TimeUnit.SECONDS);
        String guest = source + "-vm";

        assertThat(CreateFromTemplate.precheck(host, new CreateFromTemplate.Request(source, guest, CloneMode.LINKED, 0, 0))
                .get(30, TimeUnit.SECONDS)).singleElement().asString().contains("has a display password");
        assertThatThrownBy(() -> CreateFromTemplate.run(host, new CreateFromTemplate.Request(source, guest, CloneMode.LINKED,
                0, 0), OperationProgress.IGNORE, new CancelSignal()).get(60, TimeUnit.SECONDS))
                .hasMessageContaining("has a display password");
        assertThat(RealDaemon.virshOk("dominfo", guest)).isFalse();

        CreateFromTemplate.run(host, new CreateFromTemplate.Request(source, guest, CloneMode.LINKED, 0, 0,
                new ClonePassword.Given("vm-pw3")), OperationProgress.IGNORE, new CancelSignal()).get(60, TimeUnit.SECONDS);

        assertThat(RealDaemon.virsh("dumpxml", "--inactive", "--security-info", guest))
                .contains("passwd='vm-pw3'").doesNotContain(SOURCE_SECRET);
    }
}
