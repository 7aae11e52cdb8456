package dev.summit.connectors.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.edit.device.CpuSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** libvirt's cpuset syntax both ways, and the cpumap bytes the pinning calls take. */
class CpuSetTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = ';', value = {"0;0", "0-2,5;0-2,5", "5,0-2;0-2,5", "0-3,^1;0,2-3", " 1 , 3 ;1,3",
                                         "0,1;0-1", "0-7,^0-6;7", "2-2;2"})
    void parsesAndPrintsTheShortestPlainForm(String text, String printed) {
        assertThat(CpuSet.parse(text).toString()).isEqualTo(printed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", "1-", "-1", "3-1", "1,,2", "^1", "0-1,^0-1", "99999", "1.5"})
    void refusesWhatIsNotACpuSet(String text) {
        assertThatThrownBy(() -> CpuSet.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .message().isNotBlank();
    }

    @Test
    void namesThePartItDoesNotUnderstand() {
        assertThatThrownBy(() -> CpuSet.parse("0-2,x")).hasMessage("\"x\" in CPU set \"0-2,x\" is not a CPU number or a range like 0-3.");
        assertThatThrownBy(() -> CpuSet.parse("3-1")).hasMessage("\"3-1\" in CPU set \"3-1\" runs backwards.");
    }

    @Test
    void cpumapHasBitNForCpuN() {
        assertThat(CpuSet.parse("0,2,9").cpumap(12)).containsExactly(0b101, 0b10);
        assertThat(CpuSet.of(1).cpumap(2)).containsExactly(0b10);
        assertThat(CpuSet.allOf(4).toString()).isEqualTo("0-3");
        assertThat(CpuSet.parse("0-2,5").highest()).isEqualTo(5);
    }
}
