package dev.summit.connectors.edit;

import dev.summit.connectors.edit.change.AddVncDisplay;
import dev.summit.connectors.edit.change.PinEmulator;
import dev.summit.connectors.edit.change.PinVcpu;
import dev.summit.connectors.edit.change.ReplaceDefinition;
import dev.summit.connectors.edit.change.SetBootOrder;
import dev.summit.connectors.edit.change.SetCpuModel;
import dev.summit.connectors.edit.change.SetDisplay;
import dev.summit.connectors.edit.change.SetMemory;
import dev.summit.connectors.edit.change.SetTitleDescription;
import dev.summit.connectors.edit.change.SetVcpus;
import dev.summit.connectors.edit.device.CpuSet;
import dev.summit.connectors.edit.device.CpuTopology;
import dev.summit.connectors.xml.VirtXmlValidate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each edit's persistent half on a definition libvirt wrote, against golden files and libvirt's schema. */
class EditGoldenTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("vcpus-raise", List.of(new SetVcpus(3, 4))),
                Arguments.of("vcpus-topology", List.of(new SetVcpus(null, 4))),
                Arguments.of("vcpus-all-plugged", List.of(new SetVcpus(2, null))),
                Arguments.of("cpu-host-passthrough", List.of(new SetCpuModel("host-passthrough", CpuTopology.of(1, 2, 1)))),
                Arguments.of("cpu-custom-model", List.of(new SetCpuModel("Skylake-Client", null))),
                Arguments.of("pinning", List.of(new PinVcpu(0, CpuSet.parse("0-3,^1")), new PinVcpu(1, CpuSet.of(2)),
                        new PinEmulator(CpuSet.parse("0-1")))),
                Arguments.of("unpin", List.of(new PinVcpu(0, null), new PinEmulator(null))),
                Arguments.of("boot-by-kind", List.of(new SetBootOrder(List.of("cdrom", "hd", "network"), true))),
                Arguments.of("boot-per-device", List.of(new SetBootOrder(List.of("hdc", "network", "vda"), false))),
                Arguments.of("display", List.of(new SetDisplay("0.0.0.0", "pa<&>ss", "virtio"))),
                Arguments.of("add-vnc-spice", List.of(new AddVncDisplay())),
                Arguments.of("display-socket", List.of(new SetDisplay("::1", "", "qxl"))),
                Arguments.of("identity", List.of(new SetTitleDescription("Build box <&>", "Runs CI.\nAsk ops & build."))),
                Arguments.of("identity-remove", List.of(new SetTitleDescription("", ""))),
                Arguments.of("replace", List.of(new ReplaceDefinition(EditFiles.read("replace-new.xml")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void leavesTheGoldenDefinitionThatLibvirtsSchemaTakes(String name, List<GuestEdit> edits) throws Exception {
        Definition definition = EditFiles.in(name);
        for (GuestEdit edit : edits) {
            edit.edit(definition, null, EditFiles.context());
        }
        String xml = definition.serialize();
        EditFiles.assertGolden(name, xml);
        VirtXmlValidate.assertValid(xml, "domain");
    }

    /**
     * A definition full of what Summit has no page for (other tools' metadata, tuning, SMBIOS, timers,
     * a QEMU command line, attributes on devices it edits) goes through every kind of edit: all of it
     * is still there, as written.
     */
    @Test
    void whatNoEditModelsSurvivesASeriesOfEdits() throws Exception {
        Definition definition = EditFiles.in("survivors");
        List<GuestEdit> edits = List.of(new SetVcpus(1, 2), new SetCpuModel("host-model", CpuTopology.of(1, 2, 1)),
                new PinVcpu(1, CpuSet.of(1)), new PinEmulator(CpuSet.of(0)),
                new SetBootOrder(List.of("cdrom", "hd"), true), new SetDisplay("0.0.0.0", "abc", "virtio"),
                new SetTitleDescription("Fuji", "The build box."), new SetMemory(null, 131072L));
        for (GuestEdit edit : edits) {
            edit.edit(definition, null, EditFiles.context());
        }
        String xml = definition.serialize();

        assertThat(xml).contains(
                "<libosinfo:os id=\"http://debian.org/debian/12\"/>",
                "acme:owner=\"ops &amp; build\"",
                "<acme:rack row=\"7\">A &lt;12&gt;</acme:rack>",
                "<weight>800</weight>", "<nosharepages/>",
                "<vcpu cpuset=\"0-1\" current=\"1\" placement=\"static\">2</vcpu>",
                "<shares>512</shares>", "<period>100000</period>",
                "<memory mode=\"strict\" nodeset=\"0\"/>",
                "<entry name=\"manufacturer\">Summit tests</entry>",
                "<smbios mode=\"sysinfo\"/>", "<hidden state=\"on\"/>",
                "<feature name=\"svm\" policy=\"disable\"/>",
                "<timer name=\"rtc\" tickpolicy=\"catchup\"/>",
                "<on_crash>coredump-restart</on_crash>", "<suspend-to-mem enabled=\"no\"/>",
                "cache=\"none\" discard=\"unmap\"", "<total_iops_sec>500</total_iops_sec>", "<serial>fuji-root</serial>",
                "<inbound average=\"1000\"/>", "sharePolicy=\"force-shared\"",
                "<backend model=\"random\">/dev/urandom</backend>",
                "<seclabel model=\"dac\" relabel=\"yes\" type=\"dynamic\"/>",
                "<qemu:arg value=\"-no-hpet\"/>");
        EditFiles.assertGolden("survivors", xml);
        VirtXmlValidate.assertValid(xml, "domain");
    }
}
