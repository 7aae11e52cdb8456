package dev.summit.connectors.tunnel;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/** An SSH public key in wire form (RFC 4253 §6.6): what known_hosts stores in base64. */
public record PublicKeyBlob(byte[] bytes) {
    public PublicKeyBlob {
        bytes = bytes.clone();
    }

    public static PublicKeyBlob fromBase64(String base64) {
        return new PublicKeyBlob(Base64.getDecoder().decode(base64));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The key's own type, e.g. "ssh-ed25519" or "ssh-rsa" (whatever signature algorithm was used). */
    public String type() {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (buffer.remaining() < 4) {
            return "unknown";
        }
        int length = buffer.getInt();
        if (length < 0 || length > buffer.remaining()) {
            return "unknown";
        }
        return new String(bytes, 4, length, StandardCharsets.US_ASCII);
    }

    /** The fingerprint as OpenSSH prints it: "SHA256:" and unpadded base64 of the digest. */
    public String sha256Fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublicKeyBlob that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return type() + " " + sha256Fingerprint();
    }
}
