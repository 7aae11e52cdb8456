package dev.summit.connectors.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.CloneGuest;
import dev.summit.connectors.ops.CloneMode;
import dev.summit.connectors.ops.DeleteGuest;
import dev.summit.connectors.ops.GuestAction;
import dev.summit.connectors.ops.GuestActions;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A template on the real libvirtd: marked in its metadata, never started, not deleted from under its clones. */
@Tag("daemon")
class TemplatesDaemonTest {
    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private final String template = "cln-tpl-" + Long.toHexString(System.nanoTime());
    private HostSession host;
    private String uuid;

    @BeforeEach
    void connect() throws Exception {
        uuid = RealDaemon.defineGuest(template);
        host = engine.open(RealDaemon.URI);
        InventoryProbe.on(host).await("connected", Duration.ofSeconds(60), inv -> inv.status() instanceof HostStatus.Connected);
    }

    @AfterEach
    void cleanUp() {
        RealDaemon.removeAllStartingWith(template);
        engine.close();
    }

    @Test
    void aTemplateIsMarkedInItsDefinitionNeverStartsAndKeepsItsDiskForItsLinkedClones() throws Exception {
        Templates.mark(host, uuid).get(30, TimeUnit.SECONDS);
        assertThat(RealDaemon.virsh("dumpxml", template)).contains(TemplateMark.NAMESPACE);

        assertThatThrownBy(() -> GuestActions.perform(host, GuestAction.START, uuid).get(30, TimeUnit.SECONDS))
                .hasMessageContaining("is a template, which never runs: clone it");
        assertThat(RealDaemon.virsh("domstate", template).strip()).isEqualTo("shut off");

        List<String> clones = CloneGuest.namesFor(template + "-c", 2);
        CloneGuest.Outcome outcome = CloneGuest.run(host, uuid, clones, CloneMode.LINKED, new CancelSignal())
                .get(60, TimeUnit.SECONDS);
        assertThat(outcome.failure()).isNull();
        // The template is not moved onto an overlay: its disk is the base as it stands.
        String templateDisk = RealDaemon.POOL_DIR.resolve(template + ".qcow2").toString();
        assertThat(RealDaemon.virsh("domblklist", template)).contains(templateDisk);
        assertThat(RealDaemon.virsh("dumpxml", clones.get(0))).doesNotContain(TemplateMark.NAMESPACE);

        List<Templates.Template> listed = Templates.list(host).get(30, TimeUnit.SECONDS);
        assertThat(listed).filteredOn(t -> t.name().equals(template)).singleElement()
                .satisfies(t -> assertThat(t.dependentClones()).containsExactlyInAnyOrderElementsOf(clones))
                .satisfies(t -> assertThat(t.diskBytes()).as("what its disk takes on the host").isPositive())
                .satisfies(t -> assertThat(Templates.osLabel(t.osId())).isEqualTo("unknown"));
        assertThat(Templates.osLabel("http://debian.org/debian/11")).isEqualTo("debian 11");

        assertThatThrownBy(() -> DeleteGuest.run(host, uuid, true).get(30, TimeUnit.SECONDS))
                .hasMessageContaining("is the template of").hasMessageContaining(clones.get(0))
                .hasMessageContaining(clones.get(1));
        assertThat(RealDaemon.virshOk("domstate", template)).isTrue();

        clones.forEach(RealDaemon::removeGuest);
        RealDaemon.refreshPool(RealDaemon.POOL);
        for (String clone : clones) {
            RealDaemon.virshOk("vol-delete", "--pool", RealDaemon.POOL, clone + "-vda.qcow2");
        }
        DeleteGuest.run(host, uuid, false).get(30, TimeUnit.SECONDS);
        assertThat(RealDaemon.virshOk("domstate", template)).isFalse();
    }

    @Test
    void unmarkingMakesItAnOrdinaryGuestAgain() throws Exception {
        Templates.mark(host, uuid).get(30, TimeUnit.SECONDS);
        Templates.unmark(host, uuid).get(30, TimeUnit.SECONDS);

        assertThat(RealDaemon.virsh("dumpxml", template)).doesNotContain(TemplateMark.NAMESPACE);
        assertThat(Templates.list(host).get(30, TimeUnit.SECONDS)).noneMatch(t -> t.name().equals(template));
    }
}
