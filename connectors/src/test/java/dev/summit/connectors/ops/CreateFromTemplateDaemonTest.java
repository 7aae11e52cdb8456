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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The wizard's and {@code summit create --template}'s path: a template becomes a running guest, or nothing. */
@Tag("daemon")
class CreateFromTemplateDaemonTest {
    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private final String template = "cft-" + Long.toHexString(System.nanoTime());
    private final String guest = template + "-vm";
    private HostSession host;

    @BeforeEach
    void connect() throws Exception {
        String uuid = RealDaemon.defineGuest(template);
        host = engine.open(RealDaemon.URI);
        InventoryProbe.on(host).await("connected", Duration.ofSeconds(60), inv -> inv.status() instanceof HostStatus.Connected);
        Templates.mark(host, uuid).get(30, TimeUnit.SECONDS);
    }

    @AfterEach
    void cleanUp() {
        RealDaemon.removeAllStartingWith(template);
        engine.close();
    }

    @Test
    void aLinkedCloneOfTheTemplateRunsWithTheResourcesAskedFor() throws Exception {
        CreatedGuest created = CreateFromTemplate.run(host, new CreateFromTemplate.Request(template, guest, CloneMode.LINKED,
                192, 1), (fraction, bytes, sentence) -> { }, new CancelSignal()).get(60, TimeUnit.SECONDS);

        assertThat(RealDaemon.virsh("domstate", guest).strip()).isEqualTo("running");
        assertThat(RealDaemon.virsh("dominfo", guest)).containsPattern("Max memory:\\s+196608 KiB");
        assertThat(created.resources().memoryMiB()).isEqualTo(192);
        String templateDisk = RealDaemon.POOL_DIR.resolve(template + ".qcow2").toString();
        assertThat(RealDaemon.run("qemu-img", "info", "-U", created.volumePath())).contains("backing file: " + templateDisk);
        assertThat(RealDaemon.virsh("domstate", template).strip()).as("the template never runs").isEqualTo("shut off");
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsMade() throws Exception {
        assertThat(CreateFromTemplate.precheck(host, new CreateFromTemplate.Request("cft-no-such", guest, CloneMode.LINKED, 0, 0))
                .get(30, TimeUnit.SECONDS)).containsExactly(
                        "There is no template 'cft-no-such' on this host (summit template list shows them).");
        assertThat(CreateFromTemplate.precheck(host, new CreateFromTemplate.Request(template, template, CloneMode.LINKED,
                99_999_999, 0)).get(30, TimeUnit.SECONDS))
                .anyMatch(p -> p.startsWith("99999999 MiB is more memory than the host has"))
                .contains("A guest named '" + template + "' already exists on this host.");
        assertThatThrownBy(() -> CreateFromTemplate.run(host, new CreateFromTemplate.Request(template, "bad/name",
                CloneMode.LINKED, 0, 0), (f, b, s) -> { }, new CancelSignal()).get(30, TimeUnit.SECONDS))
                .hasMessageContaining("Could not create 'bad/name': A name cannot contain '/'.");
        assertThat(RealDaemon.virsh("list", "--all", "--name")).doesNotContain(guest);
    }

    @Test
    void aStartThatFailsRemovesTheCloneAndItsOverlay() throws Exception {
        // A template whose network card plugs into a bridge this host lacks: its clones define, and cannot start.
        String unplugged = template + "-br";
        String uuid = RealDaemon.defineGuest(unplugged, "<graphics type='vnc' autoport='yes' listen='127.0.0.1'/>"
                + "<interface type='bridge'><source bridge='summitnobr0'/></interface>");
        Templates.mark(host, uuid).get(30, TimeUnit.SECONDS);

        assertThatThrownBy(() -> CreateFromTemplate.run(host, new CreateFromTemplate.Request(unplugged, guest, CloneMode.LINKED,
                0, 0), (f, b, s) -> { }, new CancelSignal()).get(60, TimeUnit.SECONDS))
                .hasMessageContaining("Could not create '" + guest + "': it failed to start")
                .hasMessageContaining("nothing was left behind");
        assertThat(RealDaemon.virshOk("domstate", guest)).isFalse();
        RealDaemon.refreshPool(RealDaemon.POOL);
        assertThat(RealDaemon.virsh("vol-list", RealDaemon.POOL)).doesNotContain(guest);
    }
}
