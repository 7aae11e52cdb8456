package dev.summit.console.rfb.security.x509;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.console.testing.Command;
import dev.summit.console.testing.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import javax.net.ssl.X509KeyManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Client keys as openssl and certtool write them, and the files a libvirt client keeps them in. */
class ClientCertificateTest {
    @TempDir
    Path dir;

    @Test
    void readsPkcs8AndPkcs1RsaKeys() throws Exception {
        TestPki.KeyPair client = TestPki.create(dir, "CA").client("client1");
        assertThat(Files.readString(client.key())).contains("BEGIN PRIVATE KEY");
        assertThat(aliasOf(new ClientCertificate(client.certificate(), client.key()))).isNotNull();

        Path pkcs1 = dir.resolve("pkcs1.pem");
        Command.run(List.of("openssl", "rsa", "-in", client.key().toString(), "-traditional", "-out", pkcs1.toString()), null, dir);
        assertThat(Files.readString(pkcs1)).contains("BEGIN RSA PRIVATE KEY");
        assertThat(aliasOf(new ClientCertificate(client.certificate(), pkcs1))).isNotNull();
    }

    @Test
    void anEncryptedOrBrokenKeyIsRefusedNamingTheFile() throws Exception {
        TestPki.KeyPair client = TestPki.create(dir, "CA").client("client1");
        Path encrypted = dir.resolve("encrypted.pem");
        Command.run(List.of("openssl", "pkcs8", "-topk8", "-in", client.key().toString(), "-passout", "pass:x",
                "-out", encrypted.toString()), null, dir);
        assertThatThrownBy(() -> new ClientCertificate(client.certificate(), encrypted).keyManagers())
                .isInstanceOf(GeneralSecurityException.class).hasMessageContaining(encrypted.toString()).hasMessageContaining("encrypted");

        Path garbage = Files.writeString(dir.resolve("garbage.pem"), "not a key");
        assertThatThrownBy(() -> new ClientCertificate(client.certificate(), garbage).keyManagers())
                .hasMessageContaining(garbage.toString()).hasMessageContaining("not a PEM private key");
    }

    @Test
    void libvirtsPlacesAreFoundVncSpecificFirst() throws Exception {
        TestPki pki = TestPki.create(dir.resolve("ca"), "CA");
        TestPki.KeyPair client = pki.client("client1");
        LibvirtPki libvirt = new LibvirtPki(dir.resolve("root"), dir.resolve("home"), false);
        assertThat(libvirt.clientCertificate()).isEmpty();

        copy(client.certificate(), dir.resolve("root/etc/pki/libvirt/clientcert.pem"));
        assertThat(libvirt.clientCertificate()).as("a certificate without its key is no pair").isEmpty();
        copy(client.key(), dir.resolve("root/etc/pki/libvirt/private/clientkey.pem"));
        assertThat(libvirt.clientCertificate()).contains(new ClientCertificate(dir.resolve("root/etc/pki/libvirt/clientcert.pem"),
                dir.resolve("root/etc/pki/libvirt/private/clientkey.pem")));

        copy(client.certificate(), dir.resolve("home/.pki/libvirt-vnc/clientcert.pem"));
        copy(client.key(), dir.resolve("home/.pki/libvirt-vnc/private/clientkey.pem"));
        assertThat(libvirt.clientCertificate().orElseThrow().certificate()).isEqualTo(dir.resolve("home/.pki/libvirt-vnc/clientcert.pem"));
        LibvirtPki asRoot = new LibvirtPki(dir.resolve("root"), dir.resolve("home"), true);
        assertThat(asRoot.clientCertificate().orElseThrow().certificate()).isEqualTo(dir.resolve("root/etc/pki/libvirt/clientcert.pem"));
    }

    private static String aliasOf(ClientCertificate certificate) throws Exception {
        X509KeyManager keys = (X509KeyManager) certificate.keyManagers()[0];
        return keys.chooseClientAlias(new String[] {"RSA"}, null, null);
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }
}
