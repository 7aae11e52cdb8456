package dev.summit.connectors.ops;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a tree's {@code .treeinfo} says one of its files must hash to ({@code [checksums]}, e.g.
 * {@code images/pxeboot/vmlinuz = sha256:9f86…}), and the check of a downloaded copy against it.
 *
 * @param path      the file's path in the tree, as {@code .treeinfo} names it
 * @param algorithm as {@code .treeinfo} writes it: md5, sha1, sha256…
 * @param expected  lower-case hex
 */
public record InstallerChecksum(String path, String algorithm, String expected) {
    private static final Map<String, String> DIGESTS = Map.of("md5", "MD5", "sha1", "SHA-1", "sha224", "SHA-224",
            "sha256", "SHA-256", "sha384", "SHA-384", "sha512", "SHA-512");

    /** The entry for {@code path} in a {@code [checksums]} section; empty when it has none this JDK can compute. */
    static Optional<InstallerChecksum> from(Map<String, String> checksums, String path) {
        String value = checksums.get(path);
        if (value == null || !value.contains(":")) {
            return Optional.empty();
        }
        String algorithm = value.substring(0, value.indexOf(':')).strip().toLowerCase(Locale.ROOT);
        String hex = value.substring(value.indexOf(':') + 1).strip().toLowerCase(Locale.ROOT);
        return DIGESTS.containsKey(algorithm) ? Optional.of(new InstallerChecksum(path, algorithm, hex)) : Optional.empty();
    }

    /**
     * @throws IOException naming the file, the expected and the actual sum when the copy differs
     */
    public void verify(Path downloaded, String what) throws IOException {
        String actual = of(downloaded);
        if (!actual.equals(expected)) {
            throw new IOException("The installer " + what + " (" + path + ") does not match the tree's .treeinfo: "
                    + algorithm + " expected " + expected + ", got " + actual + ". Nothing was uploaded.");
        }
    }

    private String of(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(DIGESTS.get(algorithm));
        } catch (NoSuchAlgorithmException e) {
            throw new IOException("This Java has no " + algorithm + " to check " + path + " with.", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
