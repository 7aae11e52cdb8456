package dev.summit.connectors.xml;

import java.util.Arrays;

/**
 * A guest's VNC password, handed out only to a caller that asked for it to answer VNC
 * authentication. Not a record, so it never prints; {@link #clear()} it once used.
 */
public final class VncPassword {
    private final char[] secret;

    VncPassword(String secret) {
        this.secret = secret.toCharArray();
    }

    /** A copy the caller clears after use. */
    public char[] chars() {
        return secret.clone();
    }

    public void clear() {
        Arrays.fill(secret, '\0');
    }

    @Override
    public String toString() {
        return "VncPassword[hidden]";
    }
}
