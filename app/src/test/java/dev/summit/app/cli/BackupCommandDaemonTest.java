package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.backup.BackupGuest;
import dev.summit.connectors.testing.RealDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code summit backup create|list|restore} as a script runs them, on a running grub-rescue guest
 * whose disk is qcow2 v3: full, incremental, the listing (text and JSON), refusals, and restores.
 */
@Tag("daemon")
class BackupCommandDaemonTest {
    @TempDir
    Path home;

    private final String name = "summit-test-backups-cli-" + Long.toHexString(System.nanoTime());
    private Path folder;

    @BeforeEach
    void guest() throws Exception {
        RealDaemon.defineGuest(name);
        Path disk = RealDaemon.POOL_DIR.resolve(name + ".qcow2");
        RealDaemon.run("qemu-img", "amend", "-o", "compat=1.1", disk.toString());
        RealDaemon.runQemuIo(disk, "write -P 0x5a 0 4M");
        RealDaemon.virsh("start", name);
        folder = Files.createTempDirectory(Path.of("/var/tmp"), "summit-test-backups-cli-");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void remove() throws Exception {
        BackupGuest.removeAll(name);
        RealDaemon.run("rm", "-rf", folder.toString());
    }

    private SummitProcess.Result summit(String... args) throws Exception {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--connect";
        all[args.length + 1] = RealDaemon.URI;
        return new SummitProcess(home).run(all);
    }

    private String ok(String... args) throws Exception {
        SummitProcess.Result result = summit(args);
        assertThat(result.exit()).as(String.join(" ", args) + ": " + result.err()).isZero();
        return result.out();
    }

    @Test
    void createListAndRestore() throws Exception {
        assertThat(ok("backup", "create", name, "--to", folder.toString())).contains("backed up " + name).contains("(full, ");
        assertThat(ok("backup", "create", name, "--to", folder.toString(), "--incremental")).contains("(incremental, ");
        String list = ok("backup", "list", folder.toString());
        assertThat(list.lines().filter(l -> l.startsWith(name))).hasSize(2);
        assertThat(list).contains(" full ").contains(" incremental ").doesNotContain("!");
        assertThat(ok("backup", "list", folder.toString(), "--json")).contains("\"kind\": \"incremental\"")
                .contains("\"guest\": \"" + name + "\"").contains("\"problems\": []");

        SummitProcess.Result taken = summit("backup", "restore", folder.toString(), "--as", name, "--pool", RealDaemon.POOL);
        assertThat(taken.exit()).isEqualTo(1);
        assertThat(taken.err()).contains("A guest named '" + name + "' already exists");
        SummitProcess.Result running = summit("backup", "restore", folder.toString());
        assertThat(running.exit()).isEqualTo(1);
        assertThat(running.err()).contains("is running; shut it off");

        assertThat(ok("backup", "restore", folder.toString(), "--as", name + "-copy", "--pool", RealDaemon.POOL))
                .contains("restored as " + name + "-copy");
        RealDaemon.run("qemu-io", "-f", "qcow2", "-c", "read -P 0x5a 0 4M",
                RealDaemon.POOL_DIR.resolve(name + "-copy-vda.qcow2").toString());
        RealDaemon.virsh("destroy", name);
        assertThat(ok("backup", "restore", folder.toString())).contains("restored " + name + " in place");
    }

    @Test
    void anUnwritableFolderIsRefusedWithAReason() throws Exception {
        Path closed = Files.createDirectory(folder.resolve("closed"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        SummitProcess.Result result = summit("backup", "create", name, "--to", closed.toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("cannot enter " + closed).contains("chmod o+x");
        try (var left = Files.list(closed)) {
            assertThat(left).isEmpty();
        }
        assertThat(RealDaemon.virsh("checkpoint-list", name, "--name").strip()).isEmpty();
    }
}
