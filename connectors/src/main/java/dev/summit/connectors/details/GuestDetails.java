package dev.summit.connectors.details;

import java.util.List;
import java.util.Objects;

/**
 * One guest as its window's Overview shows it, read in one go on the host's worker.
 *
 * @param uuid      libvirt's UUID string
 * @param name      the domain name
 * @param state     what it does and why, e.g. "shut off (crashed)"
 * @param autostart the host starts it when the host boots
 * @param agent     the QEMU guest agent's channel and connection
 */
public record GuestDetails(String uuid, String name, GuestNotes notes, StateWithReason state, GuestSetup setup,
                           boolean autostart, AgentStatus agent, GuestAddresses addresses) {
    public GuestDetails {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(addresses, "addresses");
    }

    /** The addresses one source reported, e.g. to say "from the DHCP lease". */
    public List<GuestAddress> addressesFrom(AddressSource source) {
        return addresses.from(source);
    }
}
