package dev.summit.connectors.network;

import java.util.List;

/** One virtual network of a host as the list shows it, with the guests whose cards are on it. */
public record NetworkSummary(String name, boolean active, boolean autostart, boolean persistent,
                             NetworkDefinition definition, List<NetworkUser> users) {
    /** The running guests among the users: while there are any, the network cannot be deleted. */
    public List<String> runningGuests() {
        return users.stream().filter(NetworkUser::running).map(NetworkUser::guest).toList();
    }

    public String state() {
        return active ? "active" : "inactive";
    }
}
