package dev.summit.app.console;

import dev.summit.connectors.inventory.GuestState;

/**
 * Where a console's guest is now, as the list knows it: the host it is on and its state, or
 * nowhere (undefined, or its host is not connected).
 */
public record GuestWhereabouts(String hostUri, GuestState state, boolean hostConnected) {
    public static final GuestWhereabouts NOWHERE = new GuestWhereabouts(null, GuestState.NO_STATE, false);

    public boolean isNowhere() {
        return hostUri == null;
    }

    /** A screen can be shown: the guest runs (or is paused, which QEMU still draws) on a connected host. */
    public boolean hasScreen() {
        return hostUri != null && hostConnected && state.isActive() && state != GuestState.PM_SUSPENDED;
    }
}
