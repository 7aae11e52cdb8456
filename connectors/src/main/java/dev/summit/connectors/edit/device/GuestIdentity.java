package dev.summit.connectors.edit.device;

import dev.summit.connectors.edit.Definition;
import org.w3c.dom.Element;

/** A guest's {@code <name>}, its one-line {@code <title>} and free-text {@code <description>}. */
public final class GuestIdentity {
    private final Definition definition;

    public GuestIdentity(Definition definition) {
        this.definition = definition;
    }

    public String name() {
        return Definition.childText(definition.root(), "name");
    }

    public String uuid() {
        return Definition.childText(definition.root(), "uuid");
    }

    /** The title, or null when there is none. */
    public String title() {
        return Definition.childText(definition.root(), "title");
    }

    /** The description as written (not trimmed: its line breaks are the user's), or null. */
    public String description() {
        Element description = Definition.child(definition.root(), "description");
        return description == null ? null : description.getTextContent();
    }

    /** Sets the title; null or "" removes it. */
    public void setTitle(String title) {
        set("title", title, "uuid");
    }

    /** Sets the description; null or "" removes it. */
    public void setDescription(String description) {
        set("description", description, Definition.child(definition.root(), "title") != null ? "title" : "uuid");
    }

    private void set(String element, String text, String after) {
        if (text == null || text.isEmpty()) {
            Definition.removeChildren(definition.root(), element);
            return;
        }
        Element existing = Definition.child(definition.root(), element);
        if (existing == null) {
            existing = definition.addAfterLast(definition.root(), element,
                    Definition.child(definition.root(), after) != null ? after : "name");
        }
        existing.setTextContent(text);
    }
}
