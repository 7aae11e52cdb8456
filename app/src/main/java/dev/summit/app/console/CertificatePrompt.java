package dev.summit.app.console;

import dev.summit.console.rfb.security.x509.PresentedCertificate;
import dev.summit.console.rfb.security.x509.UnverifiedCertificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the certificate question says, worked out without a window so every sentence is a plain
 * test: the facts a user compares (as ssh shows a host key's fingerprint), and a loud warning when
 * the certificate differs from the one accepted before or does not name the server.
 *
 * @param title   the window title
 * @param header  one sentence: first contact, or that the certificate CHANGED
 * @param rows    label and value pairs, fingerprint first
 * @param warning a paragraph shown in the warning colour; empty when there is nothing to warn about
 * @param changed whether this is the loud case (default button Cancel, error styling)
 */
public record CertificatePrompt(String title, String header, List<Row> rows, String warning, boolean changed) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    /** One line of facts. */
    public record Row(String label, String value) {
    }

    public static CertificatePrompt of(UnverifiedCertificate unverified, Instant now) {
        PresentedCertificate cert = unverified.certificate();
        String server = unverified.endpoint() == null ? "the VNC server" : unverified.endpoint();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("SHA-256 fingerprint", cert.fingerprint()));
        if (unverified.changed()) {
            rows.add(new Row("Accepted before", unverified.rememberedFingerprint()));
        }
        rows.add(new Row("Issued to", cert.subject()));
        rows.add(new Row("Names", cert.names().isEmpty() ? "(none)" : String.join(", ", cert.names())));
        rows.add(new Row("Issued by", cert.selfSigned() ? cert.issuer() + " (self-signed)" : cert.issuer()));
        rows.add(new Row("Valid", WHEN.format(cert.notBefore()) + " until " + WHEN.format(cert.notAfter())
                + (cert.expiredOrNotYetValid(now) ? " — NOT VALID NOW" : "")));
        rows.add(new Row("Why not trusted", unverified.problem()));

        List<String> warnings = new ArrayList<>();
        if (unverified.changed()) {
            warnings.add("WARNING: this server presented a different certificate than the one you accepted before."
                    + " Someone may be intercepting the connection, or the host was given a new certificate."
                    + " Accept only if you know it was replaced.");
        }
        if (!unverified.namesServer()) {
            warnings.add("The certificate is not issued for " + unverified.serverName() + ", the name Summit connected to.");
        }
        if (cert.expiredOrNotYetValid(now)) {
            warnings.add("The certificate is not valid at this time.");
        }
        String header = unverified.changed()
                ? "The certificate of " + server + " has CHANGED"
                : "Summit has not seen the certificate of " + server + " before, and no trusted CA signed it";
        return new CertificatePrompt(unverified.changed() ? "VNC certificate changed" : "Unknown VNC certificate", header,
                List.copyOf(rows), String.join("\n", warnings), unverified.changed());
    }

    /** The closing advice: how to check the fingerprint on the host. */
    public String advice() {
        return "Compare the fingerprint with the host's own (openssl x509 -noout -fingerprint -sha256 -in"
                + " /etc/pki/libvirt-vnc/server-cert.pem) before accepting. \"Always\" remembers it for this server.";
    }
}
