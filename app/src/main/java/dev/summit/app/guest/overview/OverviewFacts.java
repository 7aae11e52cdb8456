package dev.summit.app.guest.overview;

import dev.summit.connectors.details.GuestNotes;
import java.util.List;

/**
 * What the Overview page says about a guest, ready to show. Text that is not known is "".
 *
 * @param state     what it does and why, as virsh words it: "shut off (crashed)"
 * @param addresses the guest's IP addresses, each with where it was learnt
 * @param agent     the guest agent: "connected", "not connected", "no channel"
 */
public record OverviewFacts(String name, String uuid, GuestNotes notes, String state, MachineFacts machine,
                            boolean autostart, List<String> addresses, String agent) {
    public OverviewFacts {
        addresses = List.copyOf(addresses);
    }

    /**
     * The guest's platform in words.
     *
     * @param os       the operating system it was created for ("Debian 12"), "" when not recorded
     * @param machine  the machine type, e.g. "pc-q35-8.2"
     * @param firmware "UEFI" or "BIOS"
     */
    public record MachineFacts(String os, String machine, String firmware) {
        public static final MachineFacts UNKNOWN = new MachineFacts("", "", "");
    }
}
