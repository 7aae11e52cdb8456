package dev.summit.app.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Why the database Summit opened is not the one the user had, told in one sentence the window can
 * show as it is.
 *
 * @param kind    what went wrong, so the UI can pick an icon or an action
 * @param file    the database file the problem is about
 * @param message one sentence naming the file and saying what the user can do
 */
public record StoreProblem(Kind kind, Path file, String message) {

    public enum Kind {
        /** The file was not a database or was damaged; it was moved aside and a fresh one started. */
        CORRUPT,
        /** The file or its folder could not be read or written; it was left alone. */
        UNREADABLE,
        /** Another program held the database; it was left alone. */
        LOCKED,
        /** A newer Summit wrote the database; it was left alone rather than downgraded. */
        TOO_NEW
    }

    public StoreProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }
}
