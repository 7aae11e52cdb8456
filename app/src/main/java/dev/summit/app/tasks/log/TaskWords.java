package dev.summit.app.tasks.log;

import dev.summit.app.store.OperationOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the Tasks pane and `summit tasks` word a task's result, start and duration: the same in both. */
public final class TaskWords {
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private TaskWords() {
    }

    /** "running", "succeeded", "failed", "cancelled" or "interrupted". */
    public static String result(OperationOutcome outcome) {
        return outcome == null ? "running" : outcome.name().toLowerCase(Locale.ROOT);
    }

    /** The stored operation name as words: "autostart on" for the stored "autostart_on". */
    public static String operation(String stored) {
        return stored.replace('_', ' ');
    }

    public static String started(Instant at) {
        return STARTED.format(at);
    }

    /** "0.4 s", "12 s", "3 min 05 s", "1 h 02 min"; until now for a running task. */
    public static String duration(Instant from, Instant to) {
        Duration taken = Duration.between(from, to == null ? Instant.now() : to);
        long seconds = Math.max(0, taken.toSeconds());
        if (seconds < 10) {
            return String.format(Locale.ROOT, "%.1f s", Math.max(0, taken.toMillis()) / 1000.0);
        }
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }

    /** "fuji on qemu:///system", or just the host for host-wide operations. */
    public static String subject(String guestName, String hostUri) {
        return guestName == null ? hostUri : guestName + " on " + hostUri;
    }
}
