package dev.summit.app.vmlist;

import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.inventory.HostInventory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** A host heading and its guests; {@link #visibleGuests()} honours the filter box. */
public final class HostRow implements ListRow {
    private final String uri;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
    private final ObjectProperty<HostStatus> status = new SimpleObjectProperty<>(new HostStatus.Connecting());
    private final ObservableList<GuestRow> guests = FXCollections.observableArrayList();
    private final FilteredList<GuestRow> visibleGuests = new FilteredList<>(guests);
    private final Map<String, GuestRow> byUuid = new HashMap<>();

    HostRow(String uri, String displayName) {
        this.uri = uri;
        this.name.set(displayName);
    }

    /** Brings the rows in line with a snapshot: update in place, add new, drop gone. */
    void apply(HostInventory inventory) {
        status.set(inventory.status());
        Map<String, GuestSummary> latest = inventory.guests();
        if (byUuid.keySet().retainAll(latest.keySet())) {
            guests.removeIf(row -> !latest.containsKey(row.uuid()));
        }
        List<GuestRow> added = new ArrayList<>();
        for (GuestSummary guest : latest.values()) {
            GuestRow row = byUuid.get(guest.uuid());
            if (row == null) {
                row = new GuestRow(uri, guest);
                byUuid.put(guest.uuid(), row);
                added.add(row);
            } else if (!row.summary().equals(guest)) {
                row.update(guest);
            }
        }
        if (!added.isEmpty()) {
            added.sort(Comparator.comparing(GuestRow::toString, String.CASE_INSENSITIVE_ORDER));
            guests.addAll(added);
        }
    }

    void setFilter(Predicate<GuestRow> filter) {
        visibleGuests.setPredicate(filter);
    }

    void setDisplayName(String displayName) {
        name.set(displayName);
    }

    public String uri() {
        return uri;
    }

    @Override
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ObjectProperty<HostStatus> statusProperty() {
        return status;
    }

    public ObservableList<GuestRow> guests() {
        return guests;
    }

    public ObservableList<GuestRow> visibleGuests() {
        return visibleGuests;
    }

    public GuestRow guest(String uuid) {
        return byUuid.get(uuid);
    }
}
