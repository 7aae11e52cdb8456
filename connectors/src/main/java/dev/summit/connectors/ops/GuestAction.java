package dev.summit.connectors.ops;

import dev.summit.connectors.inventory.GuestState;
import dev.summit.connectors.inventory.GuestSummary;
import java.util.EnumSet;
import java.util.Set;

/** The lifecycle actions a user runs on a guest, each with the verb its messages use. */
public enum GuestAction {
    START("start", EnumSet.of(GuestState.SHUT_OFF, GuestState.CRASHED)),
    SHUTDOWN("shut down", EnumSet.of(GuestState.RUNNING, GuestState.BLOCKED)),
    REBOOT("reboot", EnumSet.of(GuestState.RUNNING, GuestState.BLOCKED)),
    FORCE_OFF("force off", EnumSet.of(GuestState.RUNNING, GuestState.BLOCKED, GuestState.PAUSED,
            GuestState.SHUTTING_DOWN, GuestState.PM_SUSPENDED, GuestState.CRASHED)),
    PAUSE("pause", EnumSet.of(GuestState.RUNNING, GuestState.BLOCKED)),
    RESUME("resume", EnumSet.of(GuestState.PAUSED)),
    /** Managed save: the memory goes to disk and the guest stops; START brings it back. */
    SAVE("save", EnumSet.of(GuestState.RUNNING, GuestState.BLOCKED, GuestState.PAUSED)),
    /** START of a guest that has a saved image; refused when there is none. */
    RESTORE("restore", EnumSet.of(GuestState.SHUT_OFF)),
    AUTOSTART_ON("turn on autostart for", EnumSet.allOf(GuestState.class)),
    AUTOSTART_OFF("turn off autostart for", EnumSet.allOf(GuestState.class));

    private final String verb;
    private final Set<GuestState> states;

    GuestAction(String verb, Set<GuestState> states) {
        this.verb = verb;
        this.states = states;
    }

    public String verb() {
        return verb;
    }

    /** Whether the action makes sense for the guest as it is now (menus grey out the rest). */
    public boolean appliesTo(GuestSummary guest) {
        if (guest.template() && (this == START || this == RESTORE || this == AUTOSTART_ON)) {
            return false; // a template's disks are its clones' bases: it never runs
        }
        return switch (this) {
            case RESTORE -> guest.managedSave() && states.contains(guest.state());
            case AUTOSTART_ON -> !guest.autostart();
            case AUTOSTART_OFF -> guest.autostart();
            default -> states.contains(guest.state());
        };
    }
}
