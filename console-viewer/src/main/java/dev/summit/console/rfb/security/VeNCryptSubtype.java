package dev.summit.console.rfb.security;

import java.util.Optional;

/**
 * VeNCrypt's sub-types we speak, in the order we prefer them: certificates before anonymous TLS,
 * and stronger inner authentication first, as TigerVNC's viewer does. Plain (256), which would send
 * the password without TLS, is deliberately absent.
 */
public enum VeNCryptSubtype {
    X509_PLAIN(262, true, Inner.PLAIN),
    X509_VNC(261, true, Inner.VNC),
    X509_NONE(260, true, Inner.NONE),
    TLS_PLAIN(259, false, Inner.PLAIN),
    TLS_VNC(258, false, Inner.VNC),
    TLS_NONE(257, false, Inner.NONE);

    /** The authentication that runs inside the TLS session. */
    public enum Inner { NONE, VNC, PLAIN }

    private final int code;
    private final boolean x509;
    private final Inner inner;

    VeNCryptSubtype(int code, boolean x509, Inner inner) {
        this.code = code;
        this.x509 = x509;
        this.inner = inner;
    }

    public int code() {
        return code;
    }

    public boolean x509() {
        return x509;
    }

    public Inner inner() {
        return inner;
    }

    public Authenticator innerAuthenticator() {
        return switch (inner) {
            case NONE -> new NoAuthentication();
            case VNC -> new VncAuthentication();
            case PLAIN -> new PlainAuthentication();
        };
    }

    public static Optional<VeNCryptSubtype> fromCode(int code) {
        for (VeNCryptSubtype subtype : values()) {
            if (subtype.code == code) {
                return Optional.of(subtype);
            }
        }
        return Optional.empty();
    }
}
