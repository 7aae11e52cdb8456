package dev.summit.app.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds secrets in a connection URI before it reaches the database. Passwords belong to ssh-agent
 * or libvirt's auth callbacks; a URI is shown in the window, the log and backups.
 *
 * <p>Parses by hand rather than with {@link java.net.URI}: a URI java.net rejects (a space in the
 * path, say) could still carry a password, and must not slip through because it failed to parse.
 * Messages never repeat the URI or the secret's value, only where the secret sits.
 */
public final class UriSecrets {

    /** A query parameter whose name contains one of these is taken for a secret. */
    private static final List<String> SECRET_WORDS =
            List.of("password", "passwd", "passphrase", "secret", "token", "credential", "apikey", "api_key");
    /** Short names that would match too much as substrings ("bypass", "pwdir"), so matched whole. */
    private static final Set<String> SECRET_NAMES = Set.of("pass", "pwd", "pw");

    private UriSecrets() {
    }

    /** What secret the URI carries, as a sentence for the user; empty if none. */
    public static Optional<String> problem(String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        if (hasPasswordInUserInfo(uri)) {
            return Optional.of("The URI has a password in its user part (user:password@host); Summit never"
                    + " stores passwords, so remove it and let ssh-agent or libvirt ask when connecting.");
        }
        return secretQueryParameter(uri).map(name -> "The URI has a query parameter named '" + name
                + "' that looks like a secret; Summit never stores secrets, so remove it and let ssh-agent"
                + " or libvirt ask when connecting.");
    }

    /** @throws IllegalArgumentException naming what is wrong if the URI carries a secret */
    static void requireNone(String uri) {
        problem(uri).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
    }

    private static boolean hasPasswordInUserInfo(String uri) {
        int schemeEnd = uri.indexOf("://");
        if (schemeEnd < 0) {
            return false;
        }
        int start = schemeEnd + 3;
        int end = start;
        while (end < uri.length() && "/?#".indexOf(uri.charAt(end)) < 0) {
            end++;
        }
        String authority = uri.substring(start, end);
        // The last '@' ends the user part; a password may itself contain '@'.
        int at = authority.lastIndexOf('@');
        return at >= 0 && authority.substring(0, at).indexOf(':') >= 0;
    }

    private static Optional<String> secretQueryParameter(String uri) {
        int question = uri.indexOf('?');
        if (question < 0) {
            return Optional.empty();
        }
        int fragment = uri.indexOf('#', question);
        String query = uri.substring(question + 1, fragment < 0 ? uri.length() : fragment);
        for (String parameter : query.split("[&;]")) {
            int equals = parameter.indexOf('=');
            String name = decode(equals < 0 ? parameter : parameter.substring(0, equals));
            if (looksSecret(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static boolean looksSecret(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return SECRET_NAMES.contains(lower) || SECRET_WORDS.stream().anyMatch(lower::contains);
    }

    /** Percent-decodes so "pass%77ord" is caught; a malformed escape is judged as written. */
    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }
}
