package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.testing.TwoHosts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code summit backup create|list|restore --connect REMOTE} with DIR on that host: the fixture's
 * second host over {@code qemu+ssh://}, whose /var/lib/libvirt/images this machine's path does not reach.
 */
@Tag("daemon")
class BackupCommandRemoteDaemonTest {
    @TempDir
    Path home;

    private final String name = "summit-test-remotebackup-cli-" + Long.toHexString(System.nanoTime());
    private final String folder = "/var/lib/libvirt/images/" + name;
    private TwoHosts hosts;
    private Path seenFromHere;

    @BeforeEach
    void runningGuestOnHostB() throws Exception {
        hosts = TwoHosts.get();
        hosts.localGuest(hosts.uriB(), name, 4, false);
        Path images = hosts.localImagesOf(hosts.uriB());
        RealDaemon.run("qemu-img", "amend", "-o", "compat=1.1", images.resolve(name + ".qcow2").toString());
        hosts.virsh(hosts.uriB(), "start", name);
        seenFromHere = images.resolve(name);
        Files.createDirectory(seenFromHere);
        Files.setPosixFilePermissions(seenFromHere, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void remove() throws Exception {
        for (String guest : hosts.virsh(hosts.uriB(), "list", "--all", "--name").split("\n")) {
            if (guest.strip().startsWith(name)) {
                hosts.virshOk(hosts.uriB(), "destroy", guest.strip());
                hosts.virshOk(hosts.uriB(), "undefine", guest.strip(), "--checkpoints-metadata");
            }
        }
        hosts.virshOk(hosts.uriB(), "pool-refresh", "default");
        Arrays.stream(hosts.virsh(hosts.uriB(), "vol-list", "default").split("\n")).map(String::strip)
                .filter(l -> l.startsWith(name)).forEach(l -> hosts.virshOk(hosts.uriB(), "vol-delete", "--pool", "default",
                        l.split("\\s+")[0]));
        RealDaemon.run("rm", "-rf", seenFromHere.toString());
    }

    private SummitProcess.Result summit(String... args) throws Exception {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--connect";
        all[args.length + 1] = hosts.sshB();
        return new SummitProcess(home).run(all);
    }

    private String ok(String... args) throws Exception {
        SummitProcess.Result result = summit(args);
        assertThat(result.exit()).as(String.join(" ", args) + ": " + result.err()).isZero();
        return result.out();
    }

    @Test
    void createListAndRestoreInAFolderOfTheOtherHost() throws Exception {
        assertThat(ok("backup", "create", name, "--to", folder)).contains("(full, ");
        assertThat(ok("backup", "create", name, "--to", folder, "--incremental")).contains("(incremental, ");
        String list = ok("backup", "list", folder);
        assertThat(list.lines().filter(l -> l.startsWith(name))).hasSize(2);
        assertThat(list).contains(" full ").contains(" incremental ").doesNotContain("!");

        SummitProcess.Result relative = summit("backup", "list", "backups");
        assertThat(relative.exit()).isNotZero();
        assertThat(relative.err()).contains("backups is a relative path");

        String copy = name + "-copy";
        SummitProcess.Result restored = summit("backup", "restore", folder, "--as", copy);
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("restored as " + copy);
        assertThat(restored.err()).contains("restoring the newest backup in " + folder);
        Path disk = hosts.localImagesOf(hosts.uriB()).resolve(copy + "-vda.qcow2");
        RealDaemon.run("qemu-io", "-f", "qcow2", "-c", "read -P 0x5a 0 4M", disk.toString());

        SummitProcess.Result taken = summit("backup", "restore", folder, "--as", copy);
        assertThat(taken.exit()).isEqualTo(1);
        assertThat(taken.err()).contains("A guest named '" + copy + "' already exists");
    }
}
