package dev.summit.console.rfb.security.x509;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where libvirt's x509 set-up keeps its files on a client, so a console trusts the CA that signed the
 * hosts' VNC certificates without the user copying it anywhere.
 *
 * <p>CA certificates, all of which are trusted: for a non-root user {@code ~/.pki/libvirt/cacert.pem}
 * (libvirt's per-user CA) and {@code ~/.pki/CA/cacert.pem} (gtk-vnc's), then
 * {@code /etc/pki/CA/cacert.pem} (libvirt's system CA), {@code /etc/pki/libvirt-vnc/ca-cert.pem}
 * (qemu.conf's {@code vnc_tls_x509_cert_dir}) and {@code /etc/pki/qemu/ca-cert.pem}
 * ({@code default_tls_x509_cert_dir}, used for VNC when the former is unset); the last two exist on a
 * client that is itself a host.
 *
 * <p>A client certificate, for a host with {@code vnc_tls_x509_verify = 1}: the first pair present of
 * the VNC-specific {@code ~/.pki/libvirt-vnc/clientcert.pem} + {@code private/clientkey.pem} and
 * {@code /etc/pki/libvirt-vnc/…} (virt-manager's), then libvirt's own {@code ~/.pki/libvirt/clientcert.pem}
 * + {@code clientkey.pem} and {@code /etc/pki/libvirt/clientcert.pem} + {@code private/clientkey.pem}.
 * As libvirt does, root uses only the system-wide places.
 *
 * @param systemRoot "/" normally; a temporary directory in tests, which must never write to /etc/pki
 * @param home       the user's home directory
 * @param rootUser   whether the per-user places are skipped
 */
public record LibvirtPki(Path systemRoot, Path home, boolean rootUser) {

    public static LibvirtPki standard() {
        return new LibvirtPki(Path.of("/"), Path.of(System.getProperty("user.home")),
                "root".equals(System.getProperty("user.name")));
    }

    /** Every CA file that exists, in the order above. */
    public List<Path> caFiles() {
        List<Path> candidates = new ArrayList<>();
        if (!rootUser) {
            candidates.add(home.resolve(".pki/libvirt/cacert.pem"));
            candidates.add(home.resolve(".pki/CA/cacert.pem"));
        }
        candidates.add(etc("pki/CA/cacert.pem"));
        candidates.add(etc("pki/libvirt-vnc/ca-cert.pem"));
        candidates.add(etc("pki/qemu/ca-cert.pem"));
        return candidates.stream().filter(Files::isRegularFile).toList();
    }

    /** The first client certificate whose certificate and key both exist. */
    public Optional<ClientCertificate> clientCertificate() {
        List<ClientCertificate> candidates = new ArrayList<>();
        Path userVnc = home.resolve(".pki/libvirt-vnc");
        Path userLibvirt = home.resolve(".pki/libvirt");
        if (!rootUser) {
            candidates.add(new ClientCertificate(userVnc.resolve("clientcert.pem"), userVnc.resolve("private/clientkey.pem")));
        }
        candidates.add(new ClientCertificate(etc("pki/libvirt-vnc/clientcert.pem"), etc("pki/libvirt-vnc/private/clientkey.pem")));
        if (!rootUser) {
            candidates.add(new ClientCertificate(userLibvirt.resolve("clientcert.pem"), userLibvirt.resolve("clientkey.pem")));
        }
        candidates.add(new ClientCertificate(etc("pki/libvirt/clientcert.pem"), etc("pki/libvirt/private/clientkey.pem")));
        return candidates.stream()
                .filter(c -> Files.isRegularFile(c.certificate()) && Files.isRegularFile(c.key()))
                .findFirst();
    }

    private Path etc(String under) {
        return systemRoot.resolve("etc").resolve(under);
    }
}
