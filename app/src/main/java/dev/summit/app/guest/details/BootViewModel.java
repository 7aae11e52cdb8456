package dev.summit.app.guest.details;

import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.EditOutcome;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.change.SetBootOrder;
import dev.summit.connectors.edit.device.BootOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The Boot page's change: the devices ticked, top first, and the boot menu. The list shows devices
 * ("Disk vda", "NIC 52:54:…"); a definition that orders by kind gets kinds (hd, cdrom, network). FX thread only.
 */
final class BootViewModel {
    private final EditFeedback feedback;
    private GuestDefinitions read;

    BootViewModel(Function<GuestEdit, CompletableFuture<EditOutcome>> editor) {
        this.feedback = new EditFeedback(editor);
    }

    void show(GuestDefinitions definitions) {
        read = definitions;
    }

    /** @param ticked the list's labels ticked, in the order shown */
    CompletableFuture<Void> apply(List<String> ticked, boolean menu) {
        if (read == null) {
            return feedback.refuse("The guest's definition has not been read yet.");
        }
        BootOrder now = new BootOrder(read.persistent());
        List<String> entries = entries(ticked, now.perDevice());
        if (entries.isEmpty()) {
            return feedback.refuse("Tick at least one device to boot from.");
        }
        boolean sameOrder = entries.equals(now.devices());
        boolean sameMenu = Objects.equals(now.menu() != null && now.menu(), menu);
        if (sameOrder && sameMenu) {
            return feedback.nothing("Nothing to change: the guest boots like this already.");
        }
        return feedback.send(new SetBootOrder(sameOrder ? null : entries, sameMenu ? null : menu));
    }

    static List<String> entries(List<String> labels, boolean perDevice) {
        List<String> entries = new ArrayList<>();
        for (String label : labels) {
            String entry = perDevice ? label.substring(label.indexOf(' ') + 1) : kind(label);
            if (!entries.contains(entry)) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static String kind(String label) {
        return label.startsWith("Disk ") ? "hd" : label.startsWith("CD/DVD ") ? "cdrom" : "network";
    }

    EditFeedback feedback() {
        return feedback;
    }
}
