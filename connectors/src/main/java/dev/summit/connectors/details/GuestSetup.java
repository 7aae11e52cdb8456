package dev.summit.connectors.details;

import dev.summit.connectors.xml.Firmware;
import java.util.Objects;

/**
 * What a guest was defined to be.
 *
 * @param osId    the libosinfo id it was created for; "" when not recorded
 * @param osName  that OS's name from osinfo-db ("Debian 12"), else the id itself; "" when not recorded
 * @param machine the machine type, e.g. "pc-q35-7.2"; "" when the definition has none
 */
public record GuestSetup(String osId, String osName, String machine, Firmware firmware) {
    public GuestSetup {
        Objects.requireNonNull(osId, "osId");
        Objects.requireNonNull(osName, "osName");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(firmware, "firmware");
    }
}
