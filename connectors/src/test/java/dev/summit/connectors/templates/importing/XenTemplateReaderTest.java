package dev.summit.connectors.templates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.xml.XenBoot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vm.cfg files as Oracle VM and xl write them, and broken ones, each error naming its line. */
class XenTemplateReaderTest {
    @TempDir
    Path folder;

    @Test
    void readsAnOracleVmParavirtualTemplate() throws Exception {
        Files.writeString(folder.resolve("System.img"), "");
        XenTemplateConfig config = XenTemplateReader.read(fixture("oracle-pv"), folder);
        assertThat(config.name()).isEqualTo("OVM_OL5U7_X86_64_PVM_10GB");
        assertThat(config.uuid()).isEqualTo("5d0bb4c3-8f8a-4c3e-9d6e-2f3e8b7a1c10");
        assertThat(config.size().memoryMiB()).isEqualTo(1024);
        assertThat(config.size().maxMemoryMiB()).isEqualTo(2048);
        assertThat(config.size().vcpus()).isEqualTo(2);
        assertThat(config.boot()).isEqualTo(new XenBoot.PvBootloader(XenBoot.PvBootloader.PYGRUB));
        assertThat(config.devices().disks()).singleElement().satisfies(disk -> {
            assertThat(disk.image()).isEqualTo(folder.resolve("System.img").toAbsolutePath());
            assertThat(disk.target()).isEqualTo("xvda");
            assertThat(disk.writable()).isTrue();
            assertThat(disk.line()).isEqualTo(3);
        });
        assertThat(config.devices().nics()).extracting(XenNicLine::bridge).containsExactly("xenbr0", "xenbr1");
        assertThat(config.devices().nics().get(0).mac()).isEqualTo("00:16:3e:12:34:56");
        assertThat(config.devices().nics().get(1).line()).isEqualTo(14);
        assertThat(config.devices().vncListen()).isEqualTo("0.0.0.0");
        assertThat(config.devices().vncPassword()).isEqualTo("oracle");
        assertThat(config.actions().onCrash()).isEqualTo("restart");
        assertThat(config.ignoredKeys()).containsExactly("cpu_weight");
    }

    @Test
    void readsAnHvmGuestWithACdromAndVnc() throws Exception {
        Files.writeString(folder.resolve("System.img"), "");
        XenTemplateConfig config = XenTemplateReader.read(fixture("hvm"), folder);
        assertThat(config.hvm()).isTrue();
        assertThat(config.devices().disks()).hasSize(2);
        assertThat(config.systemDisk().access()).isEqualTo("tap:aio");
        assertThat(config.systemDisk().target()).isEqualTo("hda");
        assertThat(config.devices().disks().get(1).cdrom()).isTrue();
        assertThat(config.devices().disks().get(1).writable()).isFalse();
        assertThat(config.devices().nics().get(0).model()).isEqualTo("e1000");
        assertThat(config.bootOrder()).isEqualTo("cd");
        assertThat(config.devices().vncListen()).isEqualTo("127.0.0.1");
        assertThat(config.ignoredKeys()).containsExactly("acpi");
    }

    @Test
    void directKernelBootKeepsRootAndExtra() throws Exception {
        XenTemplateConfig config = XenTemplateReader.read("""
                name = "k2"
                kernel = "/boot/vmlinuz-xen"; ramdisk = "/boot/initrd-xen"
                root = "/dev/xvda1 ro"
                extra = 'console=hvc0'
                """, folder);
        assertThat(config.boot()).isEqualTo(
                new XenBoot.PvKernel("/boot/vmlinuz-xen", "/boot/initrd-xen", "root=/dev/xvda1 ro console=hvc0"));
    }

    @Test
    void syntaxErrorsNameTheirLinesAndAllAreReported() {
        assertThatThrownBy(() -> XenTemplateReader.read(fixture("broken-syntax"), folder))
                .isInstanceOfSatisfying(XenConfigException.class, e -> assertThat(e.problems()).containsExactly(
                        new ConfigProblem(6, "the list opened on line 4 needs ',' or ']' here, found 'b'"),
                        new ConfigProblem(6, "string opened on line 6 is not closed on that line")));
    }

    @Test
    void missingNameBadNumberAndMissingDiskAreEachReported() {
        assertThatThrownBy(() -> XenTemplateReader.read(fixture("broken-values"), folder))
                .isInstanceOfSatisfying(XenConfigException.class, e -> {
                    assertThat(e.problems()).extracting(ConfigProblem::line).containsExactly(0, 2, 4);
                    assertThat(e.problems().get(0).message()).contains("no name");
                    assertThat(e.problems().get(1).message()).isEqualTo(
                            "memory should be a positive whole number, not 'lots'");
                    assertThat(e.problems().get(2).message()).startsWith(
                            "disk image /OVS/running_pool/t/Missing.img does not exist");
                });
    }

    @Test
    void oddTokensAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> XenConfigParser.parse("name = 'a'\nmemory = 12x\nvcpus 2\nimport os\n"))
                .isInstanceOfSatisfying(XenConfigException.class, e -> assertThat(e.problems()).containsExactly(
                        new ConfigProblem(2, "'12x' is not a number"),
                        new ConfigProblem(3, "expected '=' after vcpus"),
                        new ConfigProblem(4, "expected '=' after import")));
    }

    @Test
    void aListMaySpanLinesWithCommentsAndATrailingComma() throws Exception {
        ConfigValue disks = XenConfigParser.parse("disk = [ # system\n  'a,xvda,w', # first\n\n  'b,xvdb,r',\n]\n")
                .get("disk");
        assertThat(disks).isEqualTo(new ConfigValue.Items(java.util.List.of(
                new ConfigValue.Text("a,xvda,w", 2), new ConfigValue.Text("b,xvdb,r", 4)), 1));
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = XenTemplateReaderTest.class.getResourceAsStream("/vmcfg/" + name + "/vm.cfg")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
