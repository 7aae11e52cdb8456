package dev.summit.connectors.inventory;

import dev.summit.connectors.host.HostStatus;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one host holds, as one immutable snapshot. Each change produces a new snapshot, so a
 * reader on any thread sees a consistent picture without locks.
 *
 * @param uri    the URI the host was opened with (its identity in Summit)
 * @param status connection state
 * @param guests guests by UUID
 */
public record HostInventory(String uri, HostStatus status, Map<String, GuestSummary> guests) {
    public HostInventory {
        guests = Map.copyOf(guests);
    }

    public Collection<GuestSummary> guestList() {
        return guests.values();
    }

    public Optional<GuestSummary> guestNamed(String name) {
        return guests.values().stream().filter(g -> g.name().equals(name)).findFirst();
    }
}
