package dev.summit.console.rfb.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProtocolVersionTest {
    private static ProtocolVersion negotiate(String greeting) throws Exception {
        return ProtocolVersion.read(new RfbInput(new ByteArrayInputStream(greeting.getBytes(StandardCharsets.ISO_8859_1))))
                .negotiate();
    }

    @Test
    void answersWithTheHighestVersionWeKnowNotAboveTheServers() throws Exception {
        assertThat(negotiate("RFB 003.003\n")).isEqualTo(ProtocolVersion.V3_3);
        assertThat(negotiate("RFB 003.005\n")).isEqualTo(ProtocolVersion.V3_3);
        assertThat(negotiate("RFB 003.007\n")).isEqualTo(ProtocolVersion.V3_7);
        assertThat(negotiate("RFB 003.008\n")).isEqualTo(ProtocolVersion.V3_8);
        assertThat(negotiate("RFB 003.889\n")).isEqualTo(ProtocolVersion.V3_8);
        assertThat(negotiate("RFB 004.001\n")).isEqualTo(ProtocolVersion.V3_8);
        assertThat(new String(ProtocolVersion.V3_7.greeting(), StandardCharsets.US_ASCII)).isEqualTo("RFB 003.007\n");
    }

    @Test
    void refusesWhatIsNotAGreeting() {
        assertThatThrownBy(() -> negotiate("HTTP/1.1 400")).isInstanceOf(RfbProtocolException.class)
                .hasMessageContaining("not a VNC server");
        assertThatThrownBy(() -> negotiate("RFB 003.002\n")).hasMessageContaining("older than 3.3");
    }
}
