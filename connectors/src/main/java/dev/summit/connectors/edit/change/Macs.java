package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.device.NicDevice;
import dev.summit.connectors.edit.device.NicDevices;
import dev.summit.connectors.xml.MacAddresses;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** MAC addresses of network-card edits: well-formed, and unique on the host. */
final class Macs {
    private static final String FORM = "([0-9a-f]{2}:){5}[0-9a-f]{2}";

    private Macs() {
    }

    /** The address in lower case; a refusal when it is no unicast MAC address. */
    static String checked(String mac) {
        String lower = mac == null ? "" : mac.strip().toLowerCase(Locale.ROOT);
        if (!lower.matches(FORM)) {
            throw new EditRefused("'" + mac + "' is not a MAC address (six pairs of hex digits, e.g. 52:54:00:12:34:56).");
        }
        if ((Integer.parseInt(lower.substring(0, 2), 16) & 1) == 1) {
            throw new EditRefused(lower + " is a multicast address; a network card needs a unicast one.");
        }
        if (lower.equals("00:00:00:00:00:00")) {
            throw new EditRefused("00:00:00:00:00:00 is no MAC address for a network card.");
        }
        return lower;
    }

    /** Who has {@code mac} already ("'fuji'", or this guest), or null. */
    static String user(String mac, Definition next, Definition live, EditContext context) {
        for (Definition own : live == null ? new Definition[] {next} : new Definition[] {next, live}) {
            if (new NicDevices(own).find(mac).isPresent()) {
                return "'" + context.guestName() + "' itself";
            }
        }
        for (Definition other : context.otherGuests().get()) {
            for (NicDevice nic : new NicDevices(other).all()) {
                if (nic.hasMac(mac)) {
                    return "guest '" + Definition.childText(other.root(), "name") + "'";
                }
            }
        }
        return null;
    }

    /** A random address in the hypervisor's range that no guest of the host has. */
    static String fresh(Definition next, Definition live, EditContext context) {
        String prefix = "xen".equals(next.root().getAttribute("type")) ? MacAddresses.XEN_PREFIX : MacAddresses.KVM_PREFIX;
        RandomGenerator random = RandomGenerator.getDefault();
        for (int attempt = 0; attempt < 100; attempt++) {
            String mac = MacAddresses.random(prefix, random);
            if (user(mac, next, live, context) == null) {
                return mac;
            }
        }
        throw new EditRefused("Could not find a free MAC address; give one.");
    }
}
