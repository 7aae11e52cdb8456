package dev.summit.app.guest;

import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.console.GuestDisplays;
import dev.summit.connectors.edit.change.AddVncDisplay;
import dev.summit.connectors.host.HostSession;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * For a guest whose only display is SPICE (Summit has no SPICE client and will not have one): says
 * so over its console and offers, in one click, to give it a VNC display beside SPICE. QEMU opens
 * displays at start, so the new one shows from the guest's next boot; the offer says that too.
 * FX thread only.
 */
public final class VncOffer {
    static final String SPICE_ONLY = "This guest only has a SPICE display, and Summit shows VNC displays only"
            + " (it has no SPICE client). Add a VNC display beside SPICE to see the guest's screen here;"
            + " it shows from the guest's next start.";
    static final String AT_NEXT_BOOT = "The guest has a VNC display from its next start: shut it down and start"
            + " it again to see its screen here.";

    private final ShownGuest guest;
    private final Executor fxThread;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper();
    private boolean adding;

    public VncOffer(ShownGuest guest, Executor fxThread) {
        this.guest = guest;
        this.fxThread = fxThread;
        guest.hostUriProperty().addListener((obs, old, now) -> refresh());
        guest.summaryProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || old.state() != now.state()) {
                refresh();
            }
        });
    }

    /** What to tell the user over the console; "" when nothing (the guest has VNC, or no display at all). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the one-click *Add VNC Display* is on offer now. */
    public ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    /** Gives the guest its VNC display (persistently), recorded in the history like every edit. */
    public void addVnc() {
        if (adding || !offered.get()) {
            return;
        }
        adding = true;
        offered.set(false);
        guest.apply(new AddVncDisplay()).whenCompleteAsync((outcome, failure) -> {
            adding = false;
            if (failure != null) {
                message.set("Could not add a VNC display: " + TaskRunner.messageOf(failure));
                offered.set(true);
            } else {
                refresh();
            }
        }, fxThread);
    }

    /** Reads the guest's displays again, e.g. once its console connected (a restart the list may have coalesced). */
    public void refresh() {
        Optional<HostSession> host = guest.host();
        if (host.isEmpty() || adding) {
            return;
        }
        GuestDisplays.read(host.get(), guest.uuid()).whenCompleteAsync((displays, failure) -> {
            if (displays == null || adding) {
                return;
            }
            offered.set(displays.needsVnc());
            message.set(displays.needsVnc() ? SPICE_ONLY : displays.vncAtNextBoot() ? AT_NEXT_BOOT : "");
        }, fxThread);
    }
}
