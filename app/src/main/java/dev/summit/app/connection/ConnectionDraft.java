package dev.summit.app.connection;

/** What the Add/Edit Connection dialog hands back: never a password, only where and how. */
public record ConnectionDraft(String displayName, String uri, boolean autoconnect) {
}
