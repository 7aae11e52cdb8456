package dev.summit.console.rfb.security.x509;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Whether a server certificate is issued for the name the user connected to, as RFC 6125 and
 * libvirt's x509 set-up (GnuTLS' hostname check) have it: an address is compared with the
 * subjectAltName iPAddress entries, a host name with the dNSName entries (case-insensitively, a
 * wildcard only as the whole left-most label); the subject's CN counts only when the certificate has
 * no dNSName at all, for certificates made before SANs were usual.
 */
public final class ServerNames {
    private static final int SAN_DNS = 2;
    private static final int SAN_IP = 7;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private ServerNames() {
    }

    public static boolean matches(X509Certificate certificate, String expected) {
        String name = stripBrackets(expected.strip());
        if (isAddressLiteral(name)) {
            InetAddress wanted = address(name);
            return wanted != null && sans(certificate, SAN_IP).stream().map(ServerNames::address).anyMatch(wanted::equals);
        }
        List<String> dns = sans(certificate, SAN_DNS);
        List<String> candidates = dns.isEmpty() ? commonNames(certificate) : dns;
        return candidates.stream().anyMatch(pattern -> dnsMatches(pattern, name));
    }

    /** Every name and address the certificate is issued for, SANs first, for messages and the dialog. */
    public static List<String> presented(X509Certificate certificate) {
        List<String> names = new ArrayList<>(sans(certificate, SAN_DNS));
        names.addAll(sans(certificate, SAN_IP));
        if (names.isEmpty()) {
            names.addAll(commonNames(certificate));
        }
        return names;
    }

    static boolean dnsMatches(String pattern, String host) {
        String p = withoutTrailingDot(pattern.toLowerCase(Locale.ROOT));
        String h = withoutTrailingDot(host.toLowerCase(Locale.ROOT));
        if (!p.startsWith("*.")) {
            return p.equals(h);
        }
        // "*.example.com" stands for exactly one label, and never for a bare public suffix like "*.com".
        String suffix = p.substring(1);
        int dot = h.indexOf('.');
        return suffix.indexOf('.', 1) > 0 && dot > 0 && h.substring(dot).equals(suffix);
    }

    static boolean isAddressLiteral(String name) {
        return name.contains(":") || IPV4.matcher(name).matches();
    }

    private static List<String> sans(X509Certificate certificate, int type) {
        List<String> values = new ArrayList<>();
        try {
            Collection<List<?>> entries = certificate.getSubjectAlternativeNames();
            if (entries != null) {
                for (List<?> entry : entries) {
                    if (entry.size() >= 2 && entry.get(0) instanceof Integer kind && kind == type
                            && entry.get(1) instanceof String value) {
                        values.add(value);
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // A SAN extension we cannot read names nothing we could match.
        }
        return values;
    }

    private static List<String> commonNames(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    names.add(rdn.getValue().toString());
                }
            }
        } catch (InvalidNameException e) {
            // The JDK produced this name itself; an unparsable one simply names nothing.
        }
        return names;
    }

    /** Parses only literals (never resolves a name), so no DNS lookup happens here. */
    private static InetAddress address(String literal) {
        if (!isAddressLiteral(literal)) {
            return null;
        }
        try {
            return InetAddress.getByName(stripBrackets(literal));
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static String withoutTrailingDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
