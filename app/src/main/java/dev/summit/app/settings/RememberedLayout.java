package dev.summit.app.settings;

import java.util.Map;
import java.util.Optional;

/**
 * The main window as the user left it: placement, the guest table's column widths and whether each
 * column shows, by title, and the host that was selected (its URI).
 */
public record RememberedLayout(Optional<WindowPlacement> placement, Map<String, Double> columnWidths,
                               Optional<String> selectedHost, Map<String, Boolean> columnShown) {
    public static final RememberedLayout NONE = new RememberedLayout(Optional.empty(), Map.of(), Optional.empty());

    public RememberedLayout {
        columnWidths = Map.copyOf(columnWidths);
        columnShown = Map.copyOf(columnShown);
    }

    /** A layout that says nothing about which columns show: each keeps its default. */
    public RememberedLayout(Optional<WindowPlacement> placement, Map<String, Double> columnWidths,
                            Optional<String> selectedHost) {
        this(placement, columnWidths, selectedHost, Map.of());
    }
}
