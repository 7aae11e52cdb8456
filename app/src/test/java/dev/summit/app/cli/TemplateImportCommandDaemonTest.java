package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.testing.RealDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `summit template import` on the real libvirtd: the same ImportTemplate operation a dialog will run. */
@Tag("daemon")
class TemplateImportCommandDaemonTest {
    @TempDir
    Path home;
    @TempDir
    Path folder;

    private final String name = "imp-" + Long.toHexString(System.nanoTime());

    @BeforeEach
    void pool() {
        RealDaemon.ensurePool();
    }

    @AfterEach
    void remove() {
        RealDaemon.virshOk("undefine", name);
        RealDaemon.virshOk("vol-delete", "--pool", RealDaemon.POOL, name + ".img");
    }

    @Test
    void importsAPlainImageAsARawTemplate() throws Exception {
        Path image = folder.resolve("disk.img");
        Files.copy(RealDaemon.RESCUE_ISO, image);
        SummitProcess.Result result = new SummitProcess(home).run("template", "import", image.toString(), "--name", name,
                "--memory", "128", "--pool", RealDaemon.POOL, "--connect", RealDaemon.URI);

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("imported " + name + " as a template (128 MiB, 1 vCPUs)\n  volume "
                + RealDaemon.POOL_DIR.resolve(name + ".img") + " (raw)\n");
        assertThat(RealDaemon.virsh("dumpxml", name)).contains("https://summit.dev/xmlns/template/1");
    }

    @Test
    void aBrokenVmCfgPrintsItsLinesAndCreatesNothing() throws Exception {
        Files.writeString(folder.resolve("vm.cfg"), "name = '" + name + "'\nvcpus = two\nmemory = 0\n");
        SummitProcess.Result result = new SummitProcess(home).run("template", "import", folder.toString(),
                "--pool", RealDaemon.POOL, "--connect", RealDaemon.URI);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("summit: vm.cfg line 2: expected a quoted string, a number or a [list], found 't'");
        assertThat(RealDaemon.virshOk("domstate", name)).isFalse();
        assertThat(RealDaemon.virsh("vol-list", RealDaemon.POOL)).doesNotContain(name);
    }
}
