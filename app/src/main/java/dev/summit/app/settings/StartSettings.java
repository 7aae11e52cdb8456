package dev.summit.app.settings;

import dev.summit.app.theme.ThemeChoice;

/**
 * What the window needs before it first shows, read before the toolkit is up so nothing changes
 * after the first frame: the theme choice, whether the desktop prefers dark, the remembered layout.
 */
public record StartSettings(ThemeChoice theme, boolean desktopPrefersDark, RememberedLayout layout) {
    /** Light, nothing remembered: what tests and a store without preferences get. */
    public static final StartSettings DEFAULT = new StartSettings(ThemeChoice.SYSTEM, false, RememberedLayout.NONE);
}
