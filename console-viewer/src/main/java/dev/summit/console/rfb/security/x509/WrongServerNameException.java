package dev.summit.console.rfb.security.x509;

import java.security.cert.CertificateException;
import java.util.List;

/** A CA vouches for the certificate, but it is issued for other names than the one the user connected to. */
public final class WrongServerNameException extends CertificateException {
    private final String expected;
    private final List<String> presented;

    public WrongServerNameException(String expected, List<String> presented) {
        super("the server's certificate is issued for " + (presented.isEmpty() ? "no host name" : String.join(", ", presented))
                + ", not for " + expected + ", the name Summit connected to");
        this.expected = expected;
        this.presented = List.copyOf(presented);
    }

    public String expected() {
        return expected;
    }

    public List<String> presented() {
        return presented;
    }
}
