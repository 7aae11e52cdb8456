package dev.summit.app.guest.details;

import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.EditOutcome;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.change.RemoveNic;
import dev.summit.connectors.edit.change.SetLinkState;
import dev.summit.connectors.edit.device.NicDevice;
import dev.summit.connectors.edit.device.NicDevices;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One NIC's changes: its link up or down, and removing it. FX thread only. */
final class NicViewModel {
    private final String mac;
    private final EditFeedback feedback;
    private final ReadOnlyBooleanWrapper linkUp = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper pendingLink = new ReadOnlyStringWrapper("");

    /** @param mac the NIC's MAC address */
    NicViewModel(String mac, Function<GuestEdit, CompletableFuture<EditOutcome>> editor) {
        this.mac = mac;
        this.feedback = new EditFeedback(editor);
    }

    void show(GuestDefinitions definitions) {
        Optional<NicDevice> next = new NicDevices(definitions.persistent()).find(mac);
        Optional<NicDevice> live = definitions.running() ? new NicDevices(definitions.live()).find(mac) : Optional.empty();
        Optional<NicDevice> now = live.isPresent() ? live : next;
        now.ifPresent(nic -> linkUp.set(nic.linkUp()));
        // A link set down live only is the running guest's alone: say what the next boot starts with.
        pendingLink.set(next.isPresent() && live.isPresent() && next.get().linkUp() != live.get().linkUp()
                ? "the next boot starts with the link " + link(next.get()) : "");
    }

    private static String link(NicDevice nic) {
        return nic.linkUp() ? "up" : "down";
    }

    CompletableFuture<Void> setLink(boolean up) {
        return feedback.send(new SetLinkState(mac, up));
    }

    CompletableFuture<Void> remove() {
        return feedback.send(new RemoveNic(mac));
    }

    /** The link as the guest has it now (the running guest's, else the next boot's). */
    ReadOnlyBooleanProperty linkUpProperty() {
        return linkUp.getReadOnlyProperty();
    }

    ReadOnlyStringProperty pendingLinkProperty() {
        return pendingLink.getReadOnlyProperty();
    }

    EditFeedback feedback() {
        return feedback;
    }
}
