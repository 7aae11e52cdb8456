package dev.summit.console.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A throwaway certificate authority made with openssl, as libvirt's x509 set-up has one: a CA, and
 * server and client certificates it signs. Everything lives under the test's own directory.
 */
public final class TestPki {
    private final Path dir;
    private final Path caCertificate;
    private final Path caKey;
    private int issued;

    private TestPki(Path dir, Path caCertificate, Path caKey) {
        this.dir = dir;
        this.caCertificate = caCertificate;
        this.caKey = caKey;
    }

    public static TestPki create(Path dir, String caName) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path cert = dir.resolve("cacert.pem");
        Path key = dir.resolve("cakey.pem");
        Command.run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                "-subj", "/O=Summit tests/CN=" + caName, "-keyout", key.toString(), "-out", cert.toString()), null, dir);
        return new TestPki(dir, cert, key);
    }

    public Path caCertificate() {
        return caCertificate;
    }

    /** A server certificate for {@code commonName}, with {@code subjectAltNames} like "DNS:kvm1,IP:192.0.2.7". */
    public KeyPair server(String commonName, String subjectAltNames) throws IOException, InterruptedException {
        return issue(commonName, "subjectAltName=" + subjectAltNames + "\nextendedKeyUsage=serverAuth\n");
    }

    public KeyPair client(String commonName) throws IOException, InterruptedException {
        return issue(commonName, "extendedKeyUsage=clientAuth\n");
    }

    /** Copies the CA certificate to {@code file}, making its directories, as a libvirt client has it. */
    public Path installCa(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.copy(caCertificate, file);
    }

    private KeyPair issue(String commonName, String extensions) throws IOException, InterruptedException {
        int n = ++issued;
        Path key = dir.resolve("key-" + n + ".pem");
        Path request = dir.resolve("req-" + n + ".csr");
        Path cert = dir.resolve("cert-" + n + ".pem");
        Path ext = dir.resolve("ext-" + n + ".cnf");
        Files.writeString(ext, extensions);
        Command.run(List.of("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/O=Summit tests/CN=" + commonName,
                "-keyout", key.toString(), "-out", request.toString()), null, dir);
        Command.run(List.of("openssl", "x509", "-req", "-in", request.toString(), "-CA", caCertificate.toString(),
                "-CAkey", caKey.toString(), "-set_serial", Integer.toString(1000 + n), "-days", "1",
                "-extfile", ext.toString(), "-out", cert.toString()), null, dir);
        return new KeyPair(cert, key);
    }

    /** A PEM certificate and its unencrypted PEM key. */
    public record KeyPair(Path certificate, Path key) {
    }
}
