package dev.summit.app.connection;

import dev.summit.connectors.host.ConnectionUri;
import dev.summit.connectors.host.Hypervisor;
import dev.summit.connectors.host.Transport;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/** The dialog's choices and the URI they make, testable without a window. */
public final class ConnectionDialogModel {
    private final ObjectProperty<Hypervisor> hypervisor = new SimpleObjectProperty<>(Hypervisor.QEMU);
    private final ObjectProperty<Transport> transport = new SimpleObjectProperty<>(Transport.LOCAL);
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty customUri = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final BooleanProperty autoconnect = new SimpleBooleanProperty(true);
    private final ObjectBinding<ConnectionUri> choices = Bindings.createObjectBinding(this::build,
            hypervisor, transport, user, host, port, customUri);
    // One instance each: a mapped value only passes on changes while someone reads it, so a fresh
    // map per call would leave whoever observed an older one with a stale value.
    private final ObservableValue<String> uriPreview = choices.map(c -> c.problem().isPresent() ? "" : c.toUri());
    private final ObservableValue<String> problem = choices.map(c -> c.problem().orElse(""));
    private final ObservableValue<String> suggestedName = choices.map(ConnectionUri::suggestedName);

    /** Opens on an existing connection, with its URI taken apart into choices. */
    public void load(ConnectionDraft draft) {
        ConnectionUri parsed = ConnectionUri.parse(draft.uri());
        hypervisor.set(parsed.hypervisor());
        transport.set(parsed.transport());
        user.set(parsed.user());
        host.set(parsed.host());
        port.set(parsed.port() == 0 ? "" : Integer.toString(parsed.port()));
        customUri.set(parsed.custom());
        displayName.set(draft.displayName());
        autoconnect.set(draft.autoconnect());
    }

    private ConnectionUri build() {
        return new ConnectionUri(hypervisor.get(), transport.get(), user.get(), host.get(), portNumber(), customUri.get());
    }

    private int portNumber() {
        String text = port.get() == null ? "" : port.get().strip();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The URI that will be used, or "" while the choices are incomplete. */
    public ObservableValue<String> uriPreview() {
        return uriPreview;
    }

    /** What is wrong with the choices, or "" when they make a usable URI. */
    public ObservableValue<String> problem() {
        return problem;
    }

    /** The finished connection; call only when {@link #problem()} is empty. */
    public ConnectionDraft toDraft() {
        ConnectionUri uri = choices.get();
        String name = displayName.get() == null || displayName.get().isBlank() ? uri.suggestedName() : displayName.get().strip();
        return new ConnectionDraft(name, uri.toUri(), autoconnect.get());
    }

    public ObservableValue<String> suggestedName() {
        return suggestedName;
    }

    public ObjectProperty<Hypervisor> hypervisorProperty() {
        return hypervisor;
    }

    public ObjectProperty<Transport> transportProperty() {
        return transport;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty customUriProperty() {
        return customUri;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public BooleanProperty autoconnectProperty() {
        return autoconnect;
    }
}
