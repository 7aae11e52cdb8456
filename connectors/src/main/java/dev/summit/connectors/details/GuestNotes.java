package dev.summit.connectors.details;

import java.util.Objects;

/** What a user wrote about a guest: a short title and free text, each "" when none. */
public record GuestNotes(String title, String description) {
    public static final GuestNotes NONE = new GuestNotes("", "");

    public GuestNotes {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }
}
