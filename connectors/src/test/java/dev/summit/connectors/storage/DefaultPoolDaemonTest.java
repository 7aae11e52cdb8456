package dev.summit.connectors.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.CreateGuest;
import dev.summit.connectors.ops.CreateRequest;
import dev.summit.connectors.ops.CreatedGuest;
import dev.summit.connectors.osinfo.OsInfoDb;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.xml.NicChoice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A new libvirt host has no pool "default": the first new disk makes it at /var/lib/libvirt/images,
 * as virt-install does, and every qcow2 Summit makes is version 3 with lazy refcounts. The test
 * takes the host's own "default" away (its files stay: destroy and undefine delete none) and puts
 * that definition back afterwards.
 */
@Tag("daemon")
class DefaultPoolDaemonTest {
    private static final long MIB = 1L << 20;

    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private final String name = "summit-test-dpool-" + Long.toHexString(System.nanoTime());
    private HostSession host;
    private String savedDefinition;

    @BeforeEach
    void withoutADefaultPool() throws Exception {
        RealDaemon.ensurePool();
        if (RealDaemon.virshOk("pool-info", "default")) {
            savedDefinition = RealDaemon.virsh("pool-dumpxml", "default");
            RealDaemon.virshOk("pool-destroy", "default");
            RealDaemon.virsh("pool-undefine", "default");
        }
        host = engine.open(RealDaemon.URI);
        InventoryProbe.on(host).await("connected", Duration.ofSeconds(20), inv -> inv.status() instanceof HostStatus.Connected);
    }

    @AfterEach
    void putTheHostsPoolBack() throws Exception {
        engine.close();
        RealDaemon.removeGuest(name);
        RealDaemon.virshOk("vol-delete", "--pool", "default", name + ".qcow2");
        if (savedDefinition != null) {
            RealDaemon.virshOk("pool-destroy", "default");
            RealDaemon.virshOk("pool-undefine", "default");
            RealDaemon.virsh("pool-define", RealDaemon.writeTemp(savedDefinition).toString());
            RealDaemon.virshOk("pool-start", "default");
            RealDaemon.virshOk("pool-autostart", "default");
        }
    }

    @Test
    void theFirstNewDiskMakesTheDefaultPoolAndIsQcow2Version3() throws Exception {
        List<String> steps = new CopyOnWriteArrayList<>();
        CreateRequest request = CreateRequest.of(name, RealDaemon.isoVolume()).withResources(128, 1, 64 * MIB)
                .withNetwork(new NicChoice.None());
        assertThat(request.pool()).isEqualTo("default");

        CreatedGuest created = new CreateGuest(host, request, OsInfoDb.system())
                .run((fraction, bytes, sentence) -> steps.add(sentence), new CancelSignal()).get(120, TimeUnit.SECONDS);

        assertThat(steps).contains("Made storage pool 'default' at /var/lib/libvirt/images (started when the host boots).");
        assertThat(RealDaemon.virsh("pool-info", "default")).containsPattern("State:\\s+running")
                .containsPattern("Autostart:\\s+yes");
        assertThat(RealDaemon.virsh("pool-dumpxml", "default")).contains("<path>/var/lib/libvirt/images</path>");
        assertThat(Path.of(created.volumePath())).isEqualTo(Path.of("/var/lib/libvirt/images", name + ".qcow2"));
        String info = RealDaemon.run("qemu-img", "info", "-U", created.volumePath());
        assertThat(info).contains("compat: 1.1").contains("lazy refcounts: true");
    }
}
