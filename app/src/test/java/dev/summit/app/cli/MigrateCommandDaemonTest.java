package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.testing.TwoHosts;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `summit migrate` and `summit evacuate` between the two fixture hosts, as a script would run them. */
@Tag("daemon")
class MigrateCommandDaemonTest {
    @TempDir
    Path home;

    private final TwoHosts hosts = TwoHosts.get();

    @AfterEach
    void removeGuests() throws Exception {
        hosts.remove("mig-cli-a");
        hosts.remove("mig-cli-b");
    }

    @Test
    void migratePrintsTheGridAndTheFiguresThenEvacuateBringsItBack() throws Exception {
        hosts.sharedGuest(hosts.uriA(), "mig-cli-a", true);
        hosts.localGuest(hosts.uriA(), "mig-cli-b", true);

        // Another address of the same host (its UUID in the capabilities tells), and a name the host lacks.
        SummitProcess.Result sameHost = new SummitProcess(home).run("migrate", "mig-cli-a", "--connect", hosts.uriA(),
                "--to", hosts.tcpA());
        SummitProcess.Result noSuchGuest = new SummitProcess(home).run("migrate", "mig-cli-none", "--connect",
                hosts.uriA(), "--to", hosts.uriB());
        // A wrong option is named before any host is asked, even for a guest that does not exist.
        SummitProcess.Result badOption = new SummitProcess(home).run("migrate", "mig-cli-none", "--connect",
                hosts.uriA(), "--to", hosts.uriB(), "--copy-storage", "some");
        SummitProcess.Result moved = new SummitProcess(home).run("migrate", "mig-cli-a", "--connect", hosts.uriA(),
                "--to", hosts.uriB());
        SummitProcess.Result refused = new SummitProcess(home).run("migrate", "mig-cli-b", "--connect", hosts.uriA(),
                "--to", hosts.uriB());

        assertThat(sameHost.exit()).as(sameHost.out() + sameHost.err()).isEqualTo(1);
        assertThat(sameHost.out()).contains("RED  Destination reachable: The destination is the host the guest is already on.");
        assertThat(noSuchGuest.exit()).isNotZero();
        assertThat(noSuchGuest.err()).contains("no guest named 'mig-cli-none' on " + hosts.uriA());
        assertThat(badOption.exit()).isNotZero();
        assertThat(badOption.err()).contains("--copy-storage takes all or inc, not 'some'").doesNotContain("no guest named");
        assertThat(moved.exit()).as(moved.out() + moved.err()).isZero();
        assertThat(moved.out()).contains("GREEN  CPU compatible").contains("mig-cli-a moved from hostA to hostB.")
                .containsPattern("total \\d+ ms, job \\d+ ms, downtime \\d+ ms, sent [\\d.]+ [KM]iB");
        assertThat(hosts.state(hosts.uriB(), "mig-cli-a")).isEqualTo("running");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("RED  Disks (vda): /var/lib/libvirt/images/mig-cli-b.qcow2 is not visible"
                + " on the destination. — Choose \"copy storage\"");
        assertThat(hosts.state(hosts.uriA(), "mig-cli-b")).isEqualTo("running");

        SummitProcess.Result back = new SummitProcess(home).run("evacuate", "--from", hosts.uriB(), "--to", hosts.tcpA(),
                "--p2p", "--parallel", "2");
        assertThat(back.out()).as(back.err()).contains("moved  mig-cli-a moved from hostB to hostA.");
        assertThat(hosts.state(hosts.uriA(), "mig-cli-a")).isEqualTo("running");
    }
}
