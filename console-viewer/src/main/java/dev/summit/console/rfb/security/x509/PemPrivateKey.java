package dev.summit.console.rfb.security.x509;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an unencrypted PEM private key: PKCS#8 ("PRIVATE KEY", what openssl and recent certtool
 * write) of any algorithm the JDK knows, or PKCS#1 ("RSA PRIVATE KEY", older certtool's), which is
 * wrapped into PKCS#8 here because the JDK reads only that.
 */
final class PemPrivateKey {
    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    /** AlgorithmIdentifier for rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters. */
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7,
            0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};
    private static final List<String> ALGORITHMS = List.of("RSA", "EC", "Ed25519", "Ed448", "DSA");

    private PemPrivateKey() {
    }

    static PrivateKey read(Path file) throws GeneralSecurityException, IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        Matcher block = BLOCK.matcher(text);
        if (!block.find()) {
            throw new GeneralSecurityException("the client key " + file + " is not a PEM private key");
        }
        String type = block.group(1);
        String body = block.group(2);
        if (type.contains("ENCRYPTED") || body.contains("Proc-Type:")) {
            throw new GeneralSecurityException("the client key " + file + " is encrypted; Summit reads only an unencrypted key"
                    + " (as libvirt does)");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(body.strip());
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("the client key " + file + " has broken base64: " + e.getMessage(), e);
        }
        return switch (type) {
            case "PRIVATE KEY" -> pkcs8(file, der);
            case "RSA PRIVATE KEY" -> KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(wrapRsa(der)));
            default -> throw new GeneralSecurityException("the client key " + file + " is a \"" + type + "\"; convert it with"
                    + " 'openssl pkcs8 -topk8 -nocrypt' to PKCS#8");
        };
    }

    private static PrivateKey pkcs8(Path file, byte[] der) throws GeneralSecurityException {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                // Not this algorithm; PKCS#8 says which, but the JDK only tells by trying.
            }
        }
        throw new GeneralSecurityException("the client key " + file + " is of an algorithm this Java runtime cannot read");
    }

    /** PrivateKeyInfo ::= SEQUENCE { version 0, rsaEncryption, OCTET STRING pkcs1 }. */
    static byte[] wrapRsa(byte[] pkcs1) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] {0x02, 0x01, 0x00});
        body.writeBytes(RSA_ALGORITHM);
        body.write(0x04);
        body.writeBytes(derLength(pkcs1.length));
        body.writeBytes(pkcs1);
        ByteArrayOutputStream info = new ByteArrayOutputStream();
        info.write(0x30);
        info.writeBytes(derLength(body.size()));
        info.writeBytes(body.toByteArray());
        return info.toByteArray();
    }

    private static byte[] derLength(int length) {
        if (length < 0x80) {
            return new byte[] {(byte) length};
        }
        if (length < 0x100) {
            return new byte[] {(byte) 0x81, (byte) length};
        }
        if (length < 0x10000) {
            return new byte[] {(byte) 0x82, (byte) (length >> 8), (byte) length};
        }
        return new byte[] {(byte) 0x83, (byte) (length >> 16), (byte) (length >> 8), (byte) length};
    }
}
