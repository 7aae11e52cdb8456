package dev.summit.app.guest.serial;

import dev.summit.app.guest.ShownGuest;
import dev.summit.connectors.console.OpenSerialConsole;
import dev.summit.connectors.console.SerialChannel;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.xml.TextConsole;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Serial tab's state: whether the guest has a text console at all, and keeping the terminal
 * attached to it. It attaches once the tab is first shown (attaching takes the console from any
 * other client, so not before the user asks), follows the guest through stops and starts, and
 * when another client takes the console it waits for the user's *Reconnect* rather than fight
 * over it. FX thread only.
 */
public final class SerialViewModel {
    private final ShownGuest guest;
    private final Executor fxThread;
    private final SerialLink link;
    private final ReadOnlyObjectWrapper<TextConsole> console = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canReconnect = new ReadOnlyBooleanWrapper();
    private boolean wanted;
    private boolean opening;
    private boolean taken;
    private boolean closed;

    public SerialViewModel(ShownGuest guest, Executor fxThread) {
        this.guest = guest;
        this.fxThread = fxThread;
        this.link = new SerialLink("serial console of " + guest.name(), () -> fxThread.execute(this::channelEnded));
        guest.hostUriProperty().addListener((obs, old, now) -> findConsole());
        guest.summaryProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || old.state() != now.state()) {
                if (!running() && taken) {
                    // The console closed just before the news that the guest stopped: nobody took it.
                    taken = false;
                    canReconnect.set(false);
                }
                guestChanged();
            }
        });
        findConsole();
    }

    /** The guest's text console; null while it has none (or it is not known yet): then there is no Serial tab. */
    public ReadOnlyObjectProperty<TextConsole> consoleProperty() {
        return console.getReadOnlyProperty();
    }

    /** One sentence over the terminal: "Connected to the serial port.", "Guest is shut off …". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True when another client took the console and only the user should take it back. */
    public ReadOnlyBooleanProperty canReconnectProperty() {
        return canReconnect.getReadOnlyProperty();
    }

    SerialLink link() {
        return link;
    }

    /** The tab shows: attach now, and from now on whenever the guest runs. */
    public void shown() {
        if (!wanted) {
            wanted = true;
            guestChanged();
        }
    }

    /** Takes the console back from whoever took it. */
    public void reconnect() {
        taken = false;
        canReconnect.set(false);
        guestChanged();
    }

    /** The window closed: let the console go. */
    public void close() {
        closed = true;
        link.close();
    }

    private void findConsole() {
        Optional<HostSession> host = guest.host();
        if (host.isEmpty()) {
            return;
        }
        OpenSerialConsole.find(host.get(), guest.uuid()).whenCompleteAsync((found, failure) -> {
            if (found != null) {
                console.set(found.orElse(null));
                guestChanged();
            }
        }, fxThread);
    }

    private boolean running() {
        GuestSummary now = guest.summaryProperty().get();
        return now != null && now.state().isActive();
    }

    private void guestChanged() {
        if (closed || !wanted || console.get() == null || opening || taken || link.attached()) {
            return;
        }
        if (!running()) {
            status.set("The guest is not running: its console attaches when it starts.");
            return;
        }
        Optional<HostSession> host = guest.host();
        if (host.isEmpty()) {
            status.set("The guest's host is not connected.");
            return;
        }
        opening = true;
        status.set("Attaching to the " + console.get().describe() + "…");
        OpenSerialConsole.open(host.get(), guest.uuid()).whenCompleteAsync((channel, failure) -> opened(channel, failure), fxThread);
    }

    private void opened(SerialChannel channel, Throwable failure) {
        opening = false;
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            status.set(cause.getMessage());
            canReconnect.set(running());
            taken = true;
            return;
        }
        if (closed) {
            channel.close();
            return;
        }
        link.attach(channel);
        status.set("Connected to the " + channel.console().describe() + ". The guest's tty does not learn the"
                + " window's size: run 'stty rows R cols C' in it after a resize.");
    }

    private void channelEnded() {
        if (closed) {
            return;
        }
        if (running()) {
            // Another client (virsh console, a second Summit) took the console — or the guest is
            // stopping and the list has not heard yet: then its state change clears this.
            taken = true;
            canReconnect.set(true);
            status.set("The console closed: the guest stopped, or another client took it.");
            link.say("the console closed");
        } else {
            link.say("the guest stopped");
            guestChanged();
        }
    }
}
