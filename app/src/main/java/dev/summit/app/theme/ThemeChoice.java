package dev.summit.app.theme;

import java.util.Optional;

/** What the user picked under View → Theme; SYSTEM follows the desktop where it can be read. */
public enum ThemeChoice {
    SYSTEM("System", "system"),
    LIGHT("Light", "light"),
    DARK("Dark", "dark");

    public static final String PREFERENCE_KEY = "ui.theme";

    private final String label;
    private final String stored;

    ThemeChoice(String label, String stored) {
        this.label = label;
        this.stored = stored;
    }

    public String label() {
        return label;
    }

    /** The value kept in the preferences table. */
    public String stored() {
        return stored;
    }

    /** A hand-edited or unknown value reads as empty, so the caller falls back to SYSTEM. */
    public static Optional<ThemeChoice> fromStored(String value) {
        for (ThemeChoice choice : values()) {
            if (choice.stored.equals(value == null ? null : value.strip())) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }

    /** Whether this choice means dark, given what the desktop prefers. */
    public boolean isDark(boolean desktopPrefersDark) {
        return switch (this) {
            case SYSTEM -> desktopPrefersDark;
            case LIGHT -> false;
            case DARK -> true;
        };
    }
}
