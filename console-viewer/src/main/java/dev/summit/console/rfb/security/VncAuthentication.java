package dev.summit.console.rfb.security;

import dev.summit.console.rfb.protocol.RfbListener;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * VNC authentication: the server sends 16 random bytes, the client returns them DES-encrypted with
 * the password as key. The password is cut to 8 bytes, and each key byte is bit-reversed because the
 * original VNC code fed DES its key bits in the opposite order to the standard; every server expects that.
 */
public final class VncAuthentication implements Authenticator {
    public static final int CHALLENGE_SIZE = 16;

    @Override
    public void authenticate(SecurityContext context) throws IOException {
        byte[] challenge = context.streams().in().bytes(CHALLENGE_SIZE);
        RfbListener.Credentials credentials = context.prompt().ask(false);
        if (credentials == null || credentials.password() == null) {
            throw new AuthenticationException("authentication cancelled");
        }
        try {
            byte[] answer = response(challenge, credentials.password());
            context.streams().out().write(answer);
            context.streams().flush();
        } finally {
            Arrays.fill(credentials.password(), '\0');
        }
    }

    /** The 16-byte answer to {@code challenge}; characters beyond Latin-1 keep their low byte, as other clients do. */
    public static byte[] response(byte[] challenge, char[] password) throws AuthenticationException {
        if (challenge.length != CHALLENGE_SIZE) {
            throw new IllegalArgumentException("a VNC challenge is 16 bytes");
        }
        byte[] key = new byte[8];
        for (int i = 0; i < key.length && i < password.length; i++) {
            key[i] = (byte) (Integer.reverse(password[i] & 0xFF) >>> 24);
        }
        try {
            Cipher des = Cipher.getInstance("DES/ECB/NoPadding");
            des.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "DES"));
            return des.doFinal(challenge);
        } catch (GeneralSecurityException e) {
            throw new AuthenticationException("this Java runtime cannot compute DES for VNC authentication", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
