package dev.summit.app.vmlist;

import dev.summit.connectors.inventory.HostInventory;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The host/guest tree as data: hosts in the user's order, each with its guests, and the filter. */
public final class VmListViewModel {
    private final ObservableList<HostRow> hosts = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");

    public VmListViewModel() {
        filter.addListener((obs, old, text) -> hosts.forEach(host -> host.setFilter(predicate(text))));
    }

    public ObservableList<HostRow> hosts() {
        return hosts;
    }

    /** Text typed in the filter box; guests whose name contains it (any case) stay visible. */
    public StringProperty filterProperty() {
        return filter;
    }

    public HostRow addHost(String uri, String displayName) {
        return host(uri).map(existing -> {
            existing.setDisplayName(displayName);
            return existing;
        }).orElseGet(() -> {
            HostRow row = new HostRow(uri, displayName);
            row.setFilter(predicate(filter.get()));
            hosts.add(row);
            return row;
        });
    }

    public void removeHost(String uri) {
        hosts.removeIf(host -> host.uri().equals(uri));
    }

    /** Applies a snapshot; snapshots of hosts no longer listed are ignored. */
    public void apply(HostInventory inventory) {
        host(inventory.uri()).ifPresent(host -> host.apply(inventory));
    }

    public Optional<HostRow> host(String uri) {
        return hosts.stream().filter(h -> h.uri().equals(uri)).findFirst();
    }

    public Optional<GuestRow> guest(String uri, String name) {
        return host(uri).flatMap(h -> h.guests().stream().filter(g -> g.nameProperty().get().equals(name)).findFirst());
    }

    private static Predicate<GuestRow> predicate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return row -> row.nameProperty().get().toLowerCase(Locale.ROOT).contains(needle);
    }
}
