package dev.summit.app.store;

import java.nio.file.Path;

/**
 * The sentences shown when the user's database cannot be used as it is. Each names the file, says
 * whether this session's changes will be kept, and tells the user what to do next.
 */
final class ProblemMessages {

    private ProblemMessages() {
    }

    static String damagedAndMoved(Path file, Path movedTo) {
        return "Summit's database " + file + " was damaged, so Summit moved it to " + movedTo
                + " and started a new, empty one; keep that file if you want to recover your saved"
                + " connections from it, otherwise you may delete it.";
    }

    static String damagedNotMoved(Path file, String reason) {
        return "Summit's database " + file + " is damaged and could not be moved aside (" + reason
                + "), so changes made now will not be saved; move the file away yourself and restart Summit.";
    }

    static String unreadable(Path file, String reason) {
        return "Summit cannot open its database " + file + " (" + reason + "), so changes made now"
                + " will not be saved; make sure you own that file and its folder and can read and write"
                + " them, then restart Summit.";
    }

    static String locked(Path file) {
        return "Summit's database " + file + " is locked by another program, perhaps another Summit,"
                + " so changes made now will not be saved; close that program and restart Summit.";
    }

    static String tooNew(Path file, int found, int known) {
        return "Summit's database " + file + " was written by a newer Summit (schema version " + found
                + ", this one knows up to " + known + "), so it is left untouched and changes made now"
                + " will not be saved; update Summit to keep using it.";
    }
}
