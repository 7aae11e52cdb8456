package dev.summit.console.rfb.protocol;

import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An RFB protocol version as the 12-byte "RFB xxx.yyy\n" greeting carries it. */
public record ProtocolVersion(int major, int minor) implements Comparable<ProtocolVersion> {
    public static final ProtocolVersion V3_3 = new ProtocolVersion(3, 3);
    public static final ProtocolVersion V3_7 = new ProtocolVersion(3, 7);
    public static final ProtocolVersion V3_8 = new ProtocolVersion(3, 8);

    private static final Pattern GREETING = Pattern.compile("RFB (\\d{3})\\.(\\d{3})\n");

    public static ProtocolVersion read(RfbInput in) throws IOException {
        String greeting = new String(in.bytes(12), StandardCharsets.ISO_8859_1);
        Matcher m = GREETING.matcher(greeting);
        if (!m.matches()) {
            throw new RfbProtocolException("this is not a VNC server (it greeted with \"" + printable(greeting) + "\")");
        }
        return new ProtocolVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /**
     * The version we answer with: the highest of 3.3/3.7/3.8 not above the server's. Odd minors
     * (3.5 from old servers, Apple's 3.889) are read as the next lower version we know.
     */
    public ProtocolVersion negotiate() throws RfbProtocolException {
        if (compareTo(V3_3) < 0) {
            throw new RfbProtocolException("the server speaks RFB " + this + ", older than 3.3");
        }
        if (compareTo(V3_8) >= 0) {
            return V3_8;
        }
        return compareTo(V3_7) >= 0 ? V3_7 : V3_3;
    }

    public byte[] greeting() {
        return String.format("RFB %03d.%03d\n", major, minor).getBytes(StandardCharsets.US_ASCII);
    }

    public boolean atLeast(ProtocolVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(ProtocolVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }

    private static String printable(String s) {
        return s.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
