package dev.summit.app.guest.overview;

import dev.summit.connectors.inventory.GuestState;
import java.util.List;

/**
 * What the Overview page says about a guest, ready to show. Text that is not known is "".
 *
 * @param os        the operating system as the guest's metadata names it ("debian12"), else "hvm"/"xen"
 * @param machine   the machine type and architecture: "pc-q35-8.2 (x86_64)"
 * @param firmware  "UEFI" or "BIOS" (with the loader's path when one is named)
 * @param addresses the guest's IP addresses, each with where it was learnt
 * @param agent     whether the guest agent answers
 */
public record OverviewFacts(String name, String title, String description, String uuid, GuestState state,
                            String os, String machine, String firmware, boolean autostart,
                            List<GuestAddress> addresses, AgentLink agent) {
    public OverviewFacts {
        addresses = List.copyOf(addresses);
    }

    /** One IP address of a guest and how Summit knows it (DHCP lease, guest agent, ARP, definition). */
    public record GuestAddress(String address, String nic, String source) {
    }

    /** The guest agent's channel as the running guest reports it. */
    public enum AgentLink {
        CONNECTED("connected"),
        DISCONNECTED("not connected"),
        NO_CHANNEL("no agent channel"),
        NOT_RUNNING("guest not running"),
        UNKNOWN("");

        private final String label;

        AgentLink(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
