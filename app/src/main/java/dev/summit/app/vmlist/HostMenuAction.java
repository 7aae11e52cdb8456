package dev.summit.app.vmlist;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A host action a feature package adds to the File menu and to a host heading's context menu
 * (New Virtual Machine…, Evacuate Host…); it acts on the host selected, or the selected guest's host.
 */
public record HostMenuAction(String id, String label, String accelerator,
                             Predicate<HostRow> appliesTo, Consumer<HostRow> perform) {
}
