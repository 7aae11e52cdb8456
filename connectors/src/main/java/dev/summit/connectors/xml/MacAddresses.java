package dev.summit.connectors.xml;

import java.util.HexFormat;
import java.util.random.RandomGenerator;

/** Random MAC addresses in the prefixes the hypervisors reserve for guests: 52:54:00 (QEMU/KVM), 00:16:3e (Xen). */
public final class MacAddresses {
    public static final String KVM_PREFIX = "52:54:00";
    public static final String XEN_PREFIX = "00:16:3e";

    private MacAddresses() {
    }

    public static String random(String prefix, RandomGenerator random) {
        byte[] tail = new byte[3];
        for (int i = 0; i < tail.length; i++) {
            tail[i] = (byte) random.nextInt(256);
        }
        return prefix + ":" + HexFormat.ofDelimiter(":").formatHex(tail);
    }
}
