package dev.summit.console.rfb.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class VncAuthenticationTest {
    private static final byte[] CHALLENGE = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");

    /** Computed independently with OpenSSL: DES-ECB, key = bit-reversed "passwd\0\0" (0e86ceceee260000). */
    @Test
    void desResponseMatchesTheKnownVector() throws Exception {
        byte[] response = VncAuthentication.response(CHALLENGE, "passwd".toCharArray());
        assertThat(HexFormat.of().formatHex(response)).isEqualTo("e8399b58571e87ed8445c8716b6dd945");
    }

    @Test
    void onlyTheFirstEightCharactersCount() throws Exception {
        assertThat(VncAuthentication.response(CHALLENGE, "12345678".toCharArray()))
                .isEqualTo(VncAuthentication.response(CHALLENGE, "1234567890".toCharArray()));
    }
}
