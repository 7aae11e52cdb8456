package dev.summit.connectors.details;

import dev.summit.connectors.xml.Firmware;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One guest as its window's Overview shows it, read in one go on the host's worker.
 *
 * @param uuid               libvirt's UUID string
 * @param name               the domain name
 * @param title              the short title a user gave it; "" when none
 * @param description        the free-text description; "" when none
 * @param state              what it does and why, e.g. "shut off (crashed)"
 * @param osId               the libosinfo id it was created for; "" when not recorded
 * @param osName             that OS's name from osinfo-db ("Debian 12"), else the id itself; "" when not recorded
 * @param machine            the machine type, e.g. "pc-q35-7.2"; "" when the definition has none
 * @param firmware           BIOS or UEFI
 * @param autostart          the host starts it when the host boots
 * @param agent              the QEMU guest agent's channel and connection
 * @param addresses          IP addresses by source (leases, then agent, then ARP); empty for a stopped guest
 * @param unreadableSources  address sources that failed, with libvirt's reason: they cost no other source its answer
 */
public record GuestDetails(String uuid, String name, String title, String description, StateWithReason state,
                           String osId, String osName, String machine, Firmware firmware, boolean autostart,
                           AgentStatus agent, List<GuestAddress> addresses,
                           Map<AddressSource, String> unreadableSources) {
    public GuestDetails {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(osId, "osId");
        Objects.requireNonNull(osName, "osName");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(firmware, "firmware");
        Objects.requireNonNull(agent, "agent");
        addresses = List.copyOf(addresses);
        unreadableSources = unreadableSources.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(unreadableSources));
    }

    /** The addresses one source reported, e.g. to say "from the DHCP lease". */
    public List<GuestAddress> addressesFrom(AddressSource source) {
        return addresses.stream().filter(a -> a.source() == source).toList();
    }
}
