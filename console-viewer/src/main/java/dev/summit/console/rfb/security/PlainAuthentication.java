package dev.summit.console.rfb.security;

import dev.summit.console.rfb.protocol.RfbListener;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** VeNCrypt's Plain step: user name and password as UTF-8, only ever sent inside TLS. */
public final class PlainAuthentication implements Authenticator {
    @Override
    public void authenticate(SecurityContext context) throws IOException {
        RfbListener.Credentials credentials = context.prompt().ask(true);
        if (credentials == null || credentials.password() == null) {
            throw new AuthenticationException("authentication cancelled");
        }
        byte[] user = (credentials.userName() == null ? "" : credentials.userName()).getBytes(StandardCharsets.UTF_8);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(credentials.password()));
        byte[] password = new byte[encoded.remaining()];
        encoded.get(password);
        try {
            DataOutputStream out = context.streams().out();
            out.writeInt(user.length);
            out.writeInt(password.length);
            out.write(user);
            out.write(password);
            context.streams().flush();
        } finally {
            Arrays.fill(password, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
            Arrays.fill(credentials.password(), '\0');
        }
    }
}
