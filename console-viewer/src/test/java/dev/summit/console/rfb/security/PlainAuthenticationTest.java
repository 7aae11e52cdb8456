package dev.summit.console.rfb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.console.rfb.protocol.RfbListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PlainAuthenticationTest {
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final HandshakeStreams streams = new HandshakeStreams(new ByteArrayInputStream(new byte[0]), sent);

    @Test
    void sendsLengthsThenUtf8UserAndPassword() throws Exception {
        char[] password = "pä".toCharArray();
        SecurityContext context = new SecurityContext(streams, needsUser -> {
            assertThat(needsUser).isTrue();
            return new RfbListener.Credentials("root", password);
        }, TlsOptions.JDK_TRUST_STORE);
        new PlainAuthentication().authenticate(context);
        assertThat(HexFormat.of().formatHex(sent.toByteArray()))
                .isEqualTo("00000004" + "00000003" + "726f6f74" + "70c3a4");
        assertThat(password).containsOnly('\0');
    }

    @Test
    void cancelledPromptSendsNothing() {
        SecurityContext context = new SecurityContext(streams, needsUser -> null, TlsOptions.JDK_TRUST_STORE);
        assertThatThrownBy(() -> new PlainAuthentication().authenticate(context)).hasMessage("authentication cancelled");
        assertThat(sent.size()).isZero();
    }
}
