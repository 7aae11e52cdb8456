package dev.summit.app.store;

/** The database's schema version is newer than any this Summit knows; we refuse to touch it. */
final class SchemaTooNewException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final int found;
    private final int known;

    SchemaTooNewException(int found, int known) {
        super("The database has schema version " + found + " but this Summit only knows up to " + known
                + "; it will not be downgraded.");
        this.found = found;
        this.known = known;
    }

    int found() {
        return found;
    }

    int known() {
        return known;
    }
}
