package dev.summit.app.tasks;

/**
 * What an operation is and where it runs, as the history and the Tasks pane name it.
 *
 * @param guestName null for an operation on the host as a whole
 * @param operation what it does, e.g. "clone"
 */
public record TaskLabel(String hostUri, String guestName, String operation) {
}
