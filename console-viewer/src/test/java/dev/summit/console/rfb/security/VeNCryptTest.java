package dev.summit.console.rfb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VeNCryptTest {
    @Test
    void prefersCertificatesAndStrongerInnerAuthentication() throws Exception {
        assertThat(VeNCrypt.choose(List.of(257, 258, 261, 260), true)).isEqualTo(VeNCryptSubtype.X509_VNC);
        assertThat(VeNCrypt.choose(List.of(257, 258), true)).isEqualTo(VeNCryptSubtype.TLS_VNC);
    }

    @Test
    void neverChoosesPlainWithoutTls() {
        assertThatThrownBy(() -> VeNCrypt.choose(List.of(256), true)).hasMessageContaining("no VeNCrypt sub-type we speak");
    }

    @Test
    void anonymousOnlyServersAreRefusedWithTheReasonWhenTheRuntimeDisablesAnon() {
        assertThatThrownBy(() -> VeNCrypt.choose(List.of(257, 258, 259), false))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("anonymous TLS")
                .hasMessageContaining("jdk.tls.disabledAlgorithms");
    }

    /** Documents the default JDK: if this fails, the runtime allows anon suites and TLSNone/TLSVnc work. */
    @Test
    void defaultJdkDisablesAnonymousSuites() {
        assertThat(TlsEngines.anonymousAvailable()).isFalse();
    }
}
