package dev.summit.connectors.console;

import java.util.Objects;

/**
 * Whose screen a channel shows, so the app can open it again after a reboot (new port) or a
 * migration (another host, same UUID).
 *
 * @param hostUri   the libvirt URI of the host the guest ran on
 * @param guestUuid the guest's UUID, stable across hosts
 * @param guestName the guest's name when the channel opened
 */
public record ConsoleTarget(String hostUri, String guestUuid, String guestName) {
    public ConsoleTarget {
        Objects.requireNonNull(hostUri, "hostUri");
        Objects.requireNonNull(guestUuid, "guestUuid");
        Objects.requireNonNull(guestName, "guestName");
    }
}
