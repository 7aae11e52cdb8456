package dev.summit.connectors.details;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A guest's IP addresses and the sources that could not be asked.
 *
 * @param found      by source (leases, then agent, then ARP); empty for a stopped guest
 * @param unreadable address sources that failed, with libvirt's reason: they cost no other source its answer
 */
public record GuestAddresses(List<GuestAddress> found, Map<AddressSource, String> unreadable) {
    public GuestAddresses {
        found = List.copyOf(found);
        unreadable = unreadable.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(unreadable));
    }

    /** The addresses one source reported, e.g. to say "from the DHCP lease". */
    public List<GuestAddress> from(AddressSource source) {
        return found.stream().filter(a -> a.source() == source).toList();
    }
}
