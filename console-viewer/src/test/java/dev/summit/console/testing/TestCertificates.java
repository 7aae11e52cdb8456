package dev.summit.console.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A throwaway self-signed server certificate for "localhost", made with openssl; it is also its own CA. */
public record TestCertificates(Path certificate, Path key) {
    public static TestCertificates create(Path dir) throws IOException, InterruptedException {
        Path cert = dir.resolve("server-cert.pem");
        Path key = dir.resolve("server-key.pem");
        Command.run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout", key.toString(), "-out", cert.toString()), null, dir);
        return new TestCertificates(cert, key);
    }
}
