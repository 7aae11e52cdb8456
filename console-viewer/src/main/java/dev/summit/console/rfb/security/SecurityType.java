package dev.summit.console.rfb.security;

import java.util.Optional;

/** The RFB security types this client speaks, in the order it prefers them when a server offers several. */
public enum SecurityType {
    VENCRYPT(19, "VeNCrypt"),
    VNC_AUTH(2, "VNC authentication"),
    NONE(1, "None");

    private final int code;
    private final String label;

    SecurityType(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<SecurityType> fromCode(int code) {
        for (SecurityType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
