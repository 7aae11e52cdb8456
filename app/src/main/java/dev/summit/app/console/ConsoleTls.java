package dev.summit.app.console;

import dev.summit.connectors.console.ConsoleChannel;
import dev.summit.connectors.console.ConsoleRoute;
import dev.summit.connectors.xml.VncDisplay;
import dev.summit.connectors.xml.VncListen;
import dev.summit.console.rfb.security.TlsOptions;
import dev.summit.console.rfb.security.x509.CertificateQuestion;
import dev.summit.console.rfb.security.x509.FirstUseTrust;
import dev.summit.console.rfb.security.x509.KnownCertificates;
import dev.summit.console.rfb.security.x509.LibvirtPki;
import dev.summit.console.rfb.security.x509.TlsPeer;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/**
 * How a guest's console checks a VNC server that speaks TLS: libvirt's CA files and client
 * certificate, the name the certificate must carry, and what to do with one no CA signed.
 *
 * <p>The name is the one the user reached the host by: the host of the connection URI, or the
 * display's own listen address when Summit dials that address directly. A local connection has no
 * host in its URI; its QEMU presents the certificate issued for this machine, so this machine's name
 * is expected. Called on a console's connect thread: the file checks and the name lookup may block.
 */
public final class ConsoleTls {
    private final LibvirtPki pki;
    private final FirstUseTrust firstUse;
    private volatile String localName;

    public ConsoleTls(LibvirtPki pki, FirstUseTrust firstUse) {
        this.pki = pki;
        this.firstUse = firstUse;
    }

    /** libvirt's usual places; a certificate no CA signed is refused (for callers with nobody to ask). */
    public static ConsoleTls refusingUnknown() {
        return new ConsoleTls(LibvirtPki.standard(), FirstUseTrust.REFUSE_UNKNOWN);
    }

    /** libvirt's usual places; a certificate no CA signed is put to {@code question}, "always" kept in {@code known}. */
    public static ConsoleTls asking(KnownCertificates known, CertificateQuestion question) {
        return new ConsoleTls(LibvirtPki.standard(), new FirstUseTrust(known, question));
    }

    public TlsOptions forChannel(ConsoleChannel channel) {
        return TlsOptions.libvirt(pki, peer(channel.target().hostUri(), channel.route(), channel.display()), firstUse);
    }

    TlsPeer peer(String hostUri, ConsoleRoute route, VncDisplay display) {
        int port = display.port() > 0 ? display.port() : -1;
        String uriHost = uriHost(hostUri);
        if (uriHost == null) {
            return new TlsPeer(localName(), port);
        }
        if (route == ConsoleRoute.TCP && display.listen() instanceof VncListen.Address address && !address.wildcard()
                && address.address() != null && !address.address().isBlank()) {
            return new TlsPeer(address.address(), port);
        }
        return new TlsPeer(uriHost, port);
    }

    private static String uriHost(String hostUri) {
        try {
            String host = new URI(hostUri).getHost();
            if (host == null || host.isEmpty()) {
                return null;
            }
            return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private String localName() {
        String name = localName;
        if (name == null) {
            try {
                name = InetAddress.getLocalHost().getCanonicalHostName();
            } catch (UnknownHostException e) {
                name = "localhost";
            }
            localName = name;
        }
        return name;
    }
}
