package dev.summit.connectors.details;

import dev.summit.connectors.inventory.GuestState;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a guest is doing and why, as a user reads it: "shut off (crashed)", "paused (I/O error)".
 *
 * @param state  what it is doing
 * @param reason libvirt's reason in words ("crashed", "user"); empty when libvirt does not know
 */
public record StateWithReason(GuestState state, String reason) {
    // Indexed by the reason number of each state's enum in libvirt-domain.h, worded as virsh
    // domstate --reason words them, so the same guest reads the same in Summit and in a terminal.
    private static final List<String> RUNNING = List.of("", "booted", "migrated", "restored", "from snapshot",
            "unpaused", "migration canceled", "save canceled", "woken up", "crashed", "post-copy", "post-copy failed");
    private static final List<String> PAUSED = List.of("", "user", "migrating", "saving", "dumping", "I/O error",
            "watchdog", "from snapshot", "shutting down", "creating snapshot", "crashed", "starting up", "post-copy",
            "post-copy failed", "API error");
    private static final List<String> SHUTTING_DOWN = List.of("", "user");
    private static final List<String> SHUT_OFF = List.of("", "shut down", "destroyed", "crashed", "migrated", "saved",
            "failed", "from snapshot", "daemon");
    private static final List<String> CRASHED = List.of("", "panicked");

    public StateWithReason {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
    }

    /** From libvirt's numbers; a reason newer than this table reads as unknown rather than wrong. */
    public static StateWithReason fromLibvirt(int state, int reason) {
        GuestState guestState = GuestState.fromLibvirt(state);
        List<String> words = switch (guestState) {
            case RUNNING -> RUNNING;
            case PAUSED -> PAUSED;
            case SHUTTING_DOWN -> SHUTTING_DOWN;
            case SHUT_OFF -> SHUT_OFF;
            case CRASHED -> CRASHED;
            default -> List.of();
        };
        return new StateWithReason(guestState, reason >= 0 && reason < words.size() ? words.get(reason) : "");
    }

    /** "running (booted)"; the state alone when the reason is unknown. */
    public String describe() {
        String words = state.label().toLowerCase(Locale.ROOT);
        return reason.isEmpty() ? words : words + " (" + reason + ")";
    }
}
