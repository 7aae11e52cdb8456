package dev.summit.app.vmlist;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A guest action a feature package adds to the Guest menu and the context menu (Migrate…, Clone…,
 * Convert to Template…), so the main window need not know every feature.
 *
 * @param id          the menu item's node id, for tests and keyboard users
 * @param accelerator a {@code KeyCombination} text, or null
 * @param appliesTo   whether the item is enabled for the selected guests (never empty)
 */
public record GuestMenuAction(String id, String label, String accelerator,
                              Predicate<List<GuestRow>> appliesTo, Consumer<List<GuestRow>> perform) {
}
