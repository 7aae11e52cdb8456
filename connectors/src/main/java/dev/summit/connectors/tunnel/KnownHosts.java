package dev.summit.connectors.tunnel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OpenSSH known_hosts files read the way ssh reads them (plain and hashed names, wildcards,
 * negation, {@code [host]:port}, {@code @revoked}), so a refusal can name the exact line. New keys
 * are appended, never by rewriting the file, so the user's comments and order survive.
 */
public final class KnownHosts {
    private static final String HASH_MAGIC = "|1|";

    /** What the files say about a host's key. */
    public sealed interface Lookup {
        record Known(Path file, int line) implements Lookup {
        }

        /** @param otherTypesKnown the host is listed, but with keys of other types only */
        record Unknown(boolean otherTypesKnown) implements Lookup {
        }

        /** The host is listed with a different key of the same type: refuse. */
        record Changed(Path file, int line) implements Lookup {
        }

        record Revoked(Path file, int line) implements Lookup {
        }
    }

    private final Path userFile;
    private final List<Path> otherFiles;

    /**
     * @param userFile   the user's own file, read first; accepted keys are added here
     * @param otherFiles read-only files such as /etc/ssh/ssh_known_hosts; missing ones are skipped
     */
    public KnownHosts(Path userFile, List<Path> otherFiles) {
        this.userFile = userFile;
        this.otherFiles = List.copyOf(otherFiles);
    }

    public Path userFile() {
        return userFile;
    }

    /**
     * @param host the name as known_hosts holds it: "kvm2", or "[kvm2]:2222" for another port
     */
    public Lookup lookup(String host, PublicKeyBlob key) throws IOException {
        host = host.toLowerCase(Locale.ROOT);
        List<Path> files = new ArrayList<>();
        files.add(userFile);
        files.addAll(otherFiles);
        boolean otherTypes = false;
        Lookup.Changed changed = null;
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String[] fields = lines.get(i).strip().split("\\s+");
                if (fields.length < 3 || fields[0].startsWith("#")) {
                    continue;
                }
                String marker = fields[0].startsWith("@") ? fields[0] : null;
                int at = marker == null ? 0 : 1;
                if (fields.length < at + 3 || "@cert-authority".equals(marker) || !hostMatches(fields[at], host)) {
                    continue;
                }
                PublicKeyBlob listed;
                try {
                    listed = PublicKeyBlob.fromBase64(fields[at + 2]);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if ("@revoked".equals(marker)) {
                    if (listed.equals(key)) {
                        return new Lookup.Revoked(file, i + 1);
                    }
                } else if (listed.equals(key)) {
                    return new Lookup.Known(file, i + 1);
                } else if (listed.type().equals(key.type())) {
                    changed = changed == null ? new Lookup.Changed(file, i + 1) : changed;
                } else {
                    otherTypes = true;
                }
            }
        }
        return changed != null ? changed : new Lookup.Unknown(otherTypes);
    }

    /** Appends one line for {@code host}; creates the file (0600) and its folder (0700) if missing. */
    public void add(String host, PublicKeyBlob key, boolean hashed) throws IOException {
        Path folder = userFile.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        if (!Files.exists(userFile)) {
            Files.createFile(userFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        String lower = host.toLowerCase(Locale.ROOT);
        String name = hashed ? hash(lower) : lower;
        String line = name + " " + key.type() + " " + key.base64() + "\n";
        byte[] existing = Files.readAllBytes(userFile);
        if (existing.length > 0 && existing[existing.length - 1] != '\n') {
            line = "\n" + line;
        }
        Files.writeString(userFile, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** OpenSSH's rule: some pattern matches and no negated pattern does; names ignore case. */
    static boolean hostMatches(String patterns, String host) {
        if (patterns.startsWith(HASH_MAGIC)) {
            return hashedMatches(patterns, host);
        }
        String name = host.toLowerCase(Locale.ROOT);
        boolean matched = false;
        for (String pattern : patterns.toLowerCase(Locale.ROOT).split(",")) {
            boolean negated = pattern.startsWith("!");
            if (glob(negated ? pattern.substring(1) : pattern).matcher(name).matches()) {
                if (negated) {
                    return false;
                }
                matched = true;
            }
        }
        return matched;
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static boolean hashedMatches(String entry, String host) {
        String[] parts = entry.substring(HASH_MAGIC.length()).split("\\|");
        if (parts.length != 2) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[0]);
            byte[] expected = Base64.getDecoder().decode(parts[1]);
            return MessageDigest.isEqual(hmac(salt, host.toLowerCase(Locale.ROOT)), expected);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String hash(String host) {
        byte[] salt = new byte[20];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return HASH_MAGIC + base64.encodeToString(salt) + "|" + base64.encodeToString(hmac(salt, host));
    }

    private static byte[] hmac(byte[] salt, String host) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(salt, "HmacSHA1"));
            return mac.doFinal(host.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA1", e);
        }
    }
}
