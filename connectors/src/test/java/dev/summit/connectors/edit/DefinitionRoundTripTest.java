package dev.summit.connectors.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kept tree written back unedited: every element, attribute and namespace Summit does not model survives. */
class DefinitionRoundTripTest {
    @Test
    void anUneditedDefinitionKeepsWhatSummitDoesNotModel() {
        Definition guest = EditGolden.in("guest");
        EditGolden.assertOut("guest", guest);
        assertThat(guest.serialize()).contains("<other:tool xmlns:other=\"https://example.org/other-tool\">keep me</other:tool>")
                .contains("<qemu:arg value=\"-no-user-config\"/>").contains("<panic model=\"isa\"/>")
                .contains("<total_iops_sec>500</total_iops_sec>").contains("<inbound average=\"1000\"/>");
    }
}
