package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.testing.RealDaemon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool and vol verbs as a script runs them, on the real daemon. */
@Tag("daemon")
class StorageCommandsDaemonTest {
    @TempDir
    Path home;

    private final String pool = "storage-cli-" + Long.toHexString(System.nanoTime());
    private final Path target = Path.of("/var/lib/libvirt", pool);

    @AfterEach
    void remove() throws IOException {
        if (RealDaemon.virshOk("pool-info", pool)) {
            RealDaemon.virshOk("pool-start", pool);
            for (String line : RealDaemon.virsh("vol-list", pool).split("\n")) {
                if (!line.isBlank()) {
                    RealDaemon.virshOk("vol-delete", "--pool", pool, line.strip().split("\\s+")[0]);
                }
            }
            RealDaemon.virshOk("pool-destroy", pool);
            RealDaemon.virshOk("pool-undefine", pool);
        }
        if (Files.exists(target)) {
            try (Stream<Path> all = Files.walk(target)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
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

    private String refused(String... args) throws Exception {
        SummitProcess.Result result = summit(args);
        assertThat(result.exit()).as(String.join(" ", args) + " should fail: " + result.out()).isEqualTo(1);
        return result.err();
    }

    @Test
    void aPoolAndItsVolumesFromCreationToDeletion() throws Exception {
        assertThat(ok("pool", "create", pool, "--type", "dir", "--target", target.toString()))
                .contains("created pool " + pool + " (dir, " + target + "), running, starts with the host");
        assertThat(ok("pool", "list", "--json")).contains("\"name\": \"" + pool + "\"").contains("\"autostart\": true");
        assertThat(refused("pool", "create", pool, "--type", "dir", "--target", target + "-2"))
                .contains("A pool named '" + pool + "' already exists on this host.");

        assertThat(ok("vol", "create", pool, "base.qcow2", "--size", "1")).contains("created " + target.resolve("base.qcow2"))
                .contains("qcow2, 1.0 GiB");
        ok("vol", "create", pool, "top.qcow2", "--size", "2", "--backing", "base.qcow2");
        ok("vol", "create", pool, "data.img", "--size", "0.0625", "--format", "raw");
        assertThat(ok("vol", "list", pool)).contains("base.qcow2").contains("top.qcow2").contains("data.img");
        assertThat(ok("vol", "list", pool, "--json")).contains("\"backing\": \"" + target.resolve("base.qcow2") + "\"");

        assertThat(ok("vol", "resize", pool, "data.img", "--size", "0.125")).contains("volume data.img is 128 MiB");
        assertThat(refused("vol", "resize", pool, "data.img", "--size", "0.0625")).contains("volumes only grow");
        assertThat(summit("vol", "create", pool, "bad.img", "--size", "zero").err()).contains("Bad size 'zero'");
        assertThat(refused("vol", "delete", pool, "base.qcow2")).contains("it is the backing image of volume 'top.qcow2'");

        Path copy = home.resolve("data-copy.img");
        assertThat(ok("vol", "download", pool, "data.img", "--to", copy.toString())).contains("downloaded data.img to " + copy);
        assertThat(Files.mismatch(copy, target.resolve("data.img"))).isEqualTo(-1);

        ok("vol", "delete", pool, "top.qcow2");
        assertThat(ok("pool", "stop", pool)).contains("stopped pool " + pool);
        assertThat(RealDaemon.virsh("pool-info", pool)).containsPattern("State:\\s+inactive");
        assertThat(ok("pool", "start", pool, "--no-autostart")).contains("started pool " + pool + ", not started with the host");
        assertThat(ok("pool", "refresh", pool)).contains("refreshed pool " + pool);
        assertThat(ok("pool", "delete", pool)).contains("Deleted pool '" + pool + "'; " + target + " stays (it holds 2 volumes).");
        assertThat(RealDaemon.virshOk("pool-info", pool)).isFalse();
    }

    @Test
    void aTargetThatHoldsFilesIsRefusedAndNothingIsDefined() throws Exception {
        Files.createDirectories(target);
        Files.writeString(target.resolve("notes.txt"), "keep me");
        assertThat(refused("pool", "create", pool, "--type", "dir", "--target", target.toString()))
                .contains("exists and is not empty");
        assertThat(RealDaemon.virshOk("pool-info", pool)).isFalse();
        assertThat(target.resolve("notes.txt")).hasContent("keep me");
        assertThat(summit("pool", "create", pool, "--type", "zfs", "--target", "/x").err()).contains("Unknown type 'zfs'");
    }
}
