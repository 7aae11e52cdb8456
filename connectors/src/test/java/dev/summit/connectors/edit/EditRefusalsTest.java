package dev.summit.connectors.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.edit.change.PinEmulator;
import dev.summit.connectors.edit.change.PinVcpu;
import dev.summit.connectors.edit.change.ReplaceDefinition;
import dev.summit.connectors.edit.change.SetBootOrder;
import dev.summit.connectors.edit.change.SetCpuModel;
import dev.summit.connectors.edit.change.AddVncDisplay;
import dev.summit.connectors.edit.change.SetDisplay;
import dev.summit.connectors.edit.change.SetTitleDescription;
import dev.summit.connectors.edit.change.SetVcpus;
import dev.summit.connectors.edit.device.CpuSet;
import dev.summit.connectors.edit.device.CpuTopology;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every edit refuses bad input with a sentence naming what is wrong, before touching the tree. */
class EditRefusalsTest {
    static Stream<Arguments> refusals() {
        String replaced = EditFiles.read("replace-new.xml");
        return Stream.of(
                Arguments.of("vcpus-raise", new SetVcpus(3, 2), "3 vCPUs is more than the maximum, 2."),
                Arguments.of("vcpus-raise", new SetVcpus(0, null), "A guest needs at least 1 vCPU."),
                Arguments.of("vcpus-raise", new SetVcpus(null, 0), "A guest needs at least 1 vCPU."),
                Arguments.of("vcpus-raise", new SetVcpus(null, 5), "more than the host's 4 CPUs"),
                Arguments.of("vcpus-raise", new SetVcpus(3, null), "3 vCPUs is more than the maximum, 2."),
                Arguments.of("cpu-custom-model", new SetVcpus(null, 2), "The CPU topology has 4 vCPUs per socket"
                        + " (1 socket × 2 dies × 2 cores × 1 thread), so the maximum must be a multiple of 4; for 2,"
                        + " arrange the vCPUs as 1 core and 1 thread per socket first."),
                Arguments.of("pinning", new SetVcpus(1, 1), "vCPU 1 is pinned; unpin it first or keep at least 2 vCPUs."),
                Arguments.of("cpu-host-passthrough", new SetCpuModel(null, CpuTopology.of(2, 2, 1)),
                        "The topology 2 sockets × 2 cores × 1 thread holds 4 vCPUs; the guest has a maximum of 2."),
                Arguments.of("cpu-host-passthrough", new SetCpuModel("Sky lake<", null), "\"Sky lake<\" is not a CPU model"),
                Arguments.of("pinning", new PinVcpu(2, CpuSet.of(0)), "The guest has no vCPU 2; its vCPUs are 0 to 1."),
                Arguments.of("pinning", new PinVcpu(-1, CpuSet.of(0)), "The guest has no vCPU -1"),
                Arguments.of("pinning", new PinVcpu(0, CpuSet.parse("2-4")), "The host has no CPU 4; its CPUs are 0 to 3."),
                Arguments.of("pinning", new PinEmulator(CpuSet.of(7)), "The host has no CPU 7; its CPUs are 0 to 3."),
                Arguments.of("boot-by-kind", new SetBootOrder(List.of(), null), "Choose at least one device to boot from."),
                Arguments.of("boot-by-kind", new SetBootOrder(List.of("hd", "usb"), null), "\"usb\" is not a boot device;"
                        + " choose from hd, cdrom, network, fd."),
                Arguments.of("boot-by-kind", new SetBootOrder(List.of("hd", "hd"), null), "\"hd\" is in the boot order twice."),
                Arguments.of("boot-per-device", new SetBootOrder(List.of("vdz"), null),
                        "The guest has no disk or network card \"vdz\" to boot from."),
                Arguments.of("identity", new SetDisplay("127.0.0.1", null, null), "The guest has no VNC display to change."),
                Arguments.of("display", new AddVncDisplay(), "The guest already has a VNC display."),
                Arguments.of("display", new SetDisplay("0.0.0.0; rm", null, null), "\"0.0.0.0; rm\" is not an address"),
                Arguments.of("display", new SetDisplay("300.1.1.1", null, null), "\"300.1.1.1\" is not an address"),
                Arguments.of("display", new SetDisplay(null, "123456789", null), "A VNC password has at most 8 characters"),
                Arguments.of("display", new SetDisplay(null, "pä", null), "only have printable ASCII"),
                Arguments.of("display", new SetDisplay(null, null, "matrox"), "\"matrox\" is not a video model; choose from"
                        + " vga, cirrus"),
                Arguments.of("identity", new SetTitleDescription("two\nlines", null), "A title is one line"),
                Arguments.of("identity", new SetTitleDescription(null, "bell\u0007"), "cannot contain control characters"),
                Arguments.of("replace", new ReplaceDefinition("<domain><name>fuji</name"), "The XML cannot be read:"),
                Arguments.of("replace", new ReplaceDefinition("<network><name>fuji</name></network>"),
                        "The XML cannot be read: not valid domain XML: the root element is <network>"),
                Arguments.of("replace", new ReplaceDefinition(replaced.replace("<name>fuji", "<name>k2")),
                        "The XML names the guest \"k2\", not \"fuji\"; rename it with Rename instead."),
                Arguments.of("replace", new ReplaceDefinition(replaced.replace("<name>fuji</name>",
                        "<name>fuji</name><uuid>3c6b0d55-3a44-4e8e-9a6a-2f8d6a8c0002</uuid>")),
                        "The XML has UUID 3c6b0d55-3a44-4e8e-9a6a-2f8d6a8c0002, not the guest's"),
                Arguments.of("replace", new ReplaceDefinition(replaced.replace("<name>fuji</name>", "")),
                        "The XML has no <name>"));
    }

    @org.junit.jupiter.api.Test
    void secretsStayOutOfTheEditsDescriptions() {
        SetDisplay display = new SetDisplay(null, "t0psecr", null);
        ReplaceDefinition replace = new ReplaceDefinition("<domain><name>fuji</name><devices>"
                + "<graphics type='vnc' passwd='t0psecr'/></devices></domain>");
        assertThat(List.of(display.describe(), display.toString(), replace.describe(), replace.toString()))
                .noneMatch(text -> text.contains("t0psecr"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("refusals")
    void refusesWithTheReasonAndChangesNothing(String file, GuestEdit edit, String reason) {
        Definition definition = EditFiles.in(file);
        String before = definition.serialize();

        assertThatThrownBy(() -> edit.edit(definition, null, EditFiles.context()))
                .isInstanceOf(EditRefused.class).hasMessageContaining(reason);
        assertThat(definition.serialize()).isEqualTo(before);
    }
}
