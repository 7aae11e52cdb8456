package dev.summit.console.rfb.security;

import java.io.IOException;

/**
 * One security scheme's exchange, from just after the type was chosen up to (not including) the
 * SecurityResult. The set is closed: adding a scheme is a decision, not a plug-in.
 */
public sealed interface Authenticator permits NoAuthentication, VncAuthentication, PlainAuthentication, VeNCrypt {
    void authenticate(SecurityContext context) throws IOException;

    static Authenticator of(SecurityType type) {
        return switch (type) {
            case NONE -> new NoAuthentication();
            case VNC_AUTH -> new VncAuthentication();
            case VENCRYPT -> new VeNCrypt();
        };
    }
}
