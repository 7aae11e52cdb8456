package dev.summit.connectors.ops;

import java.util.Optional;

/**
 * What a clone's displays get for a password. Never the source's: a clone that answered to its
 * source's password would let whoever knows one into the other. {@link #UNCHOSEN} is refused when
 * the source has a password, so a caller has to decide rather than get one silently.
 */
public sealed interface ClonePassword {
    /** VNC's authentication uses the first 8 characters only (DES keys); more would be a false promise. */
    int MAX_LENGTH = 8;

    ClonePassword NONE = new None();
    ClonePassword UNCHOSEN = new Unchosen();

    /** The clone has no display password. */
    record None() implements ClonePassword {
    }

    /** Nobody said: fine for a source without a password, refused for one with. */
    record Unchosen() implements ClonePassword {
    }

    /** A new password for the clone's VNC and SPICE displays. */
    record Given(String secret) implements ClonePassword {
        /** The secret never reaches a log line, a history row or an exception message. */
        @Override
        public String toString() {
            return "Given[hidden]";
        }
    }

    static ClonePassword of(String secret) {
        return secret == null || secret.isEmpty() ? NONE : new Given(secret);
    }

    /** Why {@code secret} cannot be a VNC password, or empty when it can. */
    static Optional<String> problem(String secret) {
        if (secret.length() > MAX_LENGTH) {
            return Optional.of("A VNC password has at most " + MAX_LENGTH + " characters (VNC uses only the first "
                    + MAX_LENGTH + ").");
        }
        if (secret.chars().anyMatch(c -> Character.isISOControl(c) || c > 0x7e)) {
            return Optional.of("A VNC password can only have printable ASCII characters.");
        }
        return Optional.empty();
    }
}
