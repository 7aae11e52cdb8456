package dev.summit.app.store;

import dev.summit.app.store.StoreProblem.Kind;
import java.nio.file.Path;

/**
 * Why {@link StoreOpener} could not use the database file; checked, so every path through the
 * opener must decide what to do about it.
 */
final class OpenFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final Kind kind;
    private final String reason;
    private final int found;
    private final int known;

    OpenFailure(Kind kind, String reason) {
        this(kind, reason, 0, 0);
    }

    private OpenFailure(Kind kind, String reason, int found, int known) {
        super(kind + ": " + reason, null, false, false);
        this.kind = kind;
        this.reason = reason;
        this.found = found;
        this.known = known;
    }

    static OpenFailure tooNew(int found, int known) {
        return new OpenFailure(Kind.TOO_NEW, "schema " + found + " > " + known, found, known);
    }

    Kind kind() {
        return kind;
    }

    String reason() {
        return reason;
    }

    StoreProblem toProblem(Path file) {
        String message = switch (kind) {
            case CORRUPT -> ProblemMessages.damagedNotMoved(file, reason);
            case UNREADABLE -> ProblemMessages.unreadable(file, reason);
            case LOCKED -> ProblemMessages.locked(file);
            case TOO_NEW -> ProblemMessages.tooNew(file, found, known);
        };
        return new StoreProblem(kind, file, message);
    }
}
