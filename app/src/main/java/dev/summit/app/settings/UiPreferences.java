package dev.summit.app.settings;

import dev.summit.app.store.PreferenceRepository;
import dev.summit.app.theme.ThemeChoice;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The window's remembered settings, by name, over the preferences table. Every call touches the
 * database: call from the launcher's thread or a background executor, never the FX thread.
 */
public final class UiPreferences {
    static final String PLACEMENT = "mainWindow.placement";
    static final String COLUMN_WIDTHS = "vmList.columnWidths";
    static final String SELECTED_HOST = "vmList.selectedHost";
    static final String COLUMNS_SHOWN = "vmList.columnsShown";
    static final String CONSOLE_SCALE = "console.scaleMode";

    private final PreferenceRepository preferences;

    public UiPreferences(PreferenceRepository preferences) {
        this.preferences = preferences;
    }

    public ThemeChoice theme() {
        return preferences.get(ThemeChoice.PREFERENCE_KEY).flatMap(ThemeChoice::fromStored).orElse(ThemeChoice.SYSTEM);
    }

    public void setTheme(ThemeChoice choice) {
        preferences.put(ThemeChoice.PREFERENCE_KEY, choice.stored());
    }

    /** How the last console window scaled its screen: "FIT" or "ONE_TO_ONE"; FIT until one was chosen. */
    public String consoleScale() {
        return preferences.getString(CONSOLE_SCALE, "FIT");
    }

    public void setConsoleScale(String mode) {
        preferences.put(CONSOLE_SCALE, mode);
    }

    /** What the last run left behind; defaults where nothing (or nothing usable) was kept. */
    public RememberedLayout layout() {
        return new RememberedLayout(preferences.get(PLACEMENT).flatMap(WindowPlacement::parse),
                parseWidths(preferences.getString(COLUMN_WIDTHS, "")), preferences.get(SELECTED_HOST),
                parseShown(preferences.getString(COLUMNS_SHOWN, "")));
    }

    public void saveLayout(RememberedLayout layout) {
        layout.placement().ifPresent(p -> preferences.put(PLACEMENT, p.format()));
        if (!layout.columnWidths().isEmpty()) {
            preferences.put(COLUMN_WIDTHS, formatWidths(layout.columnWidths()));
        }
        if (!layout.columnShown().isEmpty()) {
            preferences.put(COLUMNS_SHOWN, layout.columnShown().entrySet().stream()
                    .map(e -> e.getKey() + "=" + (e.getValue() ? "shown" : "hidden")).collect(Collectors.joining(";")));
        }
        layout.selectedHost().ifPresentOrElse(uri -> preferences.put(SELECTED_HOST, uri),
                () -> preferences.remove(SELECTED_HOST));
    }

    /** "Name=260;State=150": column titles hold no '=' or ';'. */
    static String formatWidths(Map<String, Double> widths) {
        return widths.entrySet().stream().map(e -> e.getKey() + "=" + Math.round(e.getValue()))
                .collect(Collectors.joining(";"));
    }

    /** "IP=shown;Network=hidden"; anything else in an entry leaves that column at its default. */
    static Map<String, Boolean> parseShown(String text) {
        Map<String, Boolean> shown = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            String value = eq <= 0 ? "" : pair.substring(eq + 1);
            if (value.equals("shown") || value.equals("hidden")) {
                shown.put(pair.substring(0, eq), value.equals("shown"));
            }
        }
        return shown;
    }

    static Map<String, Double> parseWidths(String text) {
        Map<String, Double> widths = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            try {
                double width = Double.parseDouble(pair.substring(eq + 1));
                if (width >= 10 && width <= 5000) {
                    widths.put(pair.substring(0, eq), width);
                }
            } catch (NumberFormatException e) {
                // A hand-edited entry: that column keeps its default width.
            }
        }
        return widths;
    }
}
