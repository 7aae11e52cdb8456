package dev.summit.connectors.tunnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys and the hashed line were made with ssh-keygen, so these checks agree with OpenSSH's. */
class KnownHostsTest {
    private static final PublicKeyBlob ED25519 = PublicKeyBlob.fromBase64(
            "AAAAC3NzaC1lZDI1NTE5AAAAINLV3vp3MldXRZDnIcrxf+n8YRRHp62+7aJdfO5FYF2l");
    private static final PublicKeyBlob OTHER_ED25519 = PublicKeyBlob.fromBase64(
            "AAAAC3NzaC1lZDI1NTE5AAAAIFt0LNuznup2/fpMnxRAthGS8IKsCA5sUU2lVmwFyRvu");
    private static final String RSA_BASE64 = "AAAAB3NzaC1yc2EAAAADAQABAAABAQDC6uatyNP87x6mX9AfNQmZtwJQVZyeziCJdvviwMJ++4Eq6KADcRfbLRt3"
            + "L+4/rF3OZisUHmI6T3rYhAEgx4nlNPXzxGOqcnPUXA+cVkkGGF1P3PS3tdXBN8mbEPG2+A3BTq9oTEToG5+JyXWP4317WRCG0iz2Ok3/sjBQ"
            + "l2S3NCY8r16m/xFi1/v+jHuZMLqSBIww7jklmkqcF55154jz9rxr4grjlsWdueF0OvjIBFvEeGbk2I5XOS9Odkv+ffFc5E3LO63N00d3R4wMm"
            + "IDzpDm9se380PIW2SnPTT7pXbwhS9Jn4R2JAw5e4K1ny2xiXzImyEQBpjCeThWIJla7";
    /** "kvm2" hashed by ssh-keygen -H. */
    private static final String HASHED_KVM2 = "|1|oTj5o51X4eGNwkOcqQffIxBdpt0=|VW42aTU0Okkt64vyYDo6bdzQGp8=";

    @TempDir
    Path dir;

    @Test
    void fingerprintsAndTypesMatchSshKeygen() {
        assertThat(ED25519.type()).isEqualTo("ssh-ed25519");
        assertThat(ED25519.sha256Fingerprint()).isEqualTo("SHA256:lWSfWo17+k0Ms9OY2wAMaRsYISJqVSClyXl9Liq0Hrs");
        PublicKeyBlob rsa = PublicKeyBlob.fromBase64(RSA_BASE64);
        assertThat(rsa.type()).isEqualTo("ssh-rsa");
        assertThat(rsa.sha256Fingerprint()).isEqualTo("SHA256:1n0Z6VeAtecLNoBcp7ViEmjtrYVoT0XvH70+GqTTkKY");
    }

    @Test
    void matchesNamesTheWayOpensshDoes() {
        assertThat(KnownHosts.hostMatches("kvm2,192.168.1.7", "kvm2")).isTrue();
        assertThat(KnownHosts.hostMatches("kvm2,192.168.1.7", "192.168.1.7")).isTrue();
        assertThat(KnownHosts.hostMatches("KVM2", "kvm2")).isTrue();
        assertThat(KnownHosts.hostMatches("*.lab.example,!bad.lab.example", "kvm2.lab.example")).isTrue();
        assertThat(KnownHosts.hostMatches("*.lab.example,!bad.lab.example", "bad.lab.example")).isFalse();
        assertThat(KnownHosts.hostMatches("kvm?", "kvm2")).isTrue();
        assertThat(KnownHosts.hostMatches("kvm2", "[kvm2]:2222")).isFalse();
        assertThat(KnownHosts.hostMatches("[kvm2]:2222", "[kvm2]:2222")).isTrue();
        assertThat(KnownHosts.hostMatches(HASHED_KVM2, "kvm2")).isTrue();
        assertThat(KnownHosts.hostMatches(HASHED_KVM2, "kvm3")).isFalse();
        assertThat(KnownHosts.hostMatches(KnownHosts.hash("[kvm2]:2222"), "[kvm2]:2222")).isTrue();
    }

    @Test
    void tellsKnownUnknownChangedAndRevokedApart() throws IOException {
        Path file = write("""
                # lab hosts
                kvm1 ssh-ed25519 %s

                %s ssh-ed25519 %s
                kvm3 ssh-rsa %s
                @revoked kvm4 ssh-ed25519 %s
                @cert-authority *.lab ssh-ed25519 %s
                """.formatted(OTHER_ED25519.base64(), HASHED_KVM2, ED25519.base64(), RSA_BASE64, ED25519.base64(),
                ED25519.base64()));
        KnownHosts hosts = new KnownHosts(file, List.of());

        assertThat(hosts.lookup("kvm2", ED25519)).isEqualTo(new KnownHosts.Lookup.Known(file, 4));
        assertThat(hosts.lookup("kvm1", ED25519)).isEqualTo(new KnownHosts.Lookup.Changed(file, 2));
        assertThat(hosts.lookup("kvm3", ED25519)).isEqualTo(new KnownHosts.Lookup.Unknown(true));
        assertThat(hosts.lookup("kvm4", ED25519)).isEqualTo(new KnownHosts.Lookup.Revoked(file, 6));
        assertThat(hosts.lookup("x.lab", ED25519)).isEqualTo(new KnownHosts.Lookup.Unknown(false));
        assertThat(hosts.lookup("kvm9", ED25519)).isEqualTo(new KnownHosts.Lookup.Unknown(false));
    }

    @Test
    void readOnlyFilesCountAndAMissingFileIsEmpty() throws IOException {
        Path global = write("kvm5 ssh-ed25519 " + ED25519.base64() + "\n");
        KnownHosts hosts = new KnownHosts(dir.resolve("missing/known_hosts"), List.of(global, dir.resolve("absent")));

        assertThat(hosts.lookup("kvm5", ED25519)).isEqualTo(new KnownHosts.Lookup.Known(global, 1));
        assertThat(hosts.lookup("kvm6", ED25519)).isEqualTo(new KnownHosts.Lookup.Unknown(false));
    }

    @Test
    void addingAppendsAndKeepsWhatWasThere() throws IOException {
        Path file = dir.resolve("ssh/known_hosts");
        KnownHosts hosts = new KnownHosts(file, List.of());

        hosts.add("[KVM2]:2222", ED25519, false);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        Files.writeString(file, Files.readString(file) + "# kept comment without newline");
        hosts.add("kvm3", OTHER_ED25519, true);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("[kvm2]:2222 ssh-ed25519 " + ED25519.base64());
        assertThat(lines.get(1)).isEqualTo("# kept comment without newline");
        assertThat(lines.get(2)).startsWith("|1|").endsWith(" ssh-ed25519 " + OTHER_ED25519.base64());
        assertThat(hosts.lookup("[kvm2]:2222", ED25519)).isEqualTo(new KnownHosts.Lookup.Known(file, 1));
        assertThat(hosts.lookup("kvm3", OTHER_ED25519)).isEqualTo(new KnownHosts.Lookup.Known(file, 3));
    }

    private Path write(String content) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "known_hosts", ""), content);
    }
}
