package dev.summit.app.console;

import dev.summit.connectors.inventory.GuestState;
import java.time.Duration;

/**
 * What the console should do next, decided from where the guest is and what the connection did.
 * No threads and no JavaFX here, so every rule is a plain unit test: a console that never freezes
 * on a stale frame is these rules, kept honest.
 *
 * <p>Not thread-safe: {@link ConsoleSession} calls it on the FX thread only.
 */
public final class ConsolePlan {
    /** Waits between reconnection attempts while the guest runs: quick at first, then every 5 s. */
    private static final Duration[] BACKOFF = {Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(5)};

    /** What to do. */
    public sealed interface Step {
        /** Open a connection to the guest on {@code hostUri}. */
        record Connect(String hostUri) implements Step {
        }

        /** Drop the connection (the guest stopped, or moved). */
        record Close() implements Step {
        }

        /** Try again after {@code delay}. */
        record RetryAfter(Duration delay) implements Step {
        }

        /** Nothing to do. */
        record Wait() implements Step {
        }
    }

    private enum Link { NONE, CONNECTING, CONNECTED }

    private GuestWhereabouts guest = GuestWhereabouts.NOWHERE;
    private Link link = Link.NONE;
    private String connectedHost;
    private String lastFailure;
    private int failures;
    private boolean retryPending;

    /** The list changed: the guest's state or host may be new. */
    public Step guestChanged(GuestWhereabouts now) {
        guest = now;
        if (!now.hasScreen()) {
            failures = 0;
            lastFailure = null;
            if (link != Link.NONE) {
                link = Link.NONE;
                connectedHost = null;
                return new Step.Close();
            }
            return new Step.Wait();
        }
        if (link != Link.NONE && !now.hostUri().equals(connectedHost)) {
            // Migrated: the old host's server is gone or going; follow the guest.
            link = Link.NONE;
            connectedHost = null;
            failures = 0;
            return new Step.Close();
        }
        return link == Link.NONE && !retryPending ? connect() : new Step.Wait();
    }

    /** After a Close for a move, the session asks again so the new host gets its Connect. */
    public Step next() {
        return guest.hasScreen() && link == Link.NONE && !retryPending ? connect() : new Step.Wait();
    }

    public Step connected() {
        link = Link.CONNECTED;
        failures = 0;
        lastFailure = null;
        return new Step.Wait();
    }

    /** The connection could not be opened, or ended, for {@code reason}. */
    public Step lost(String reason) {
        link = Link.NONE;
        connectedHost = null;
        lastFailure = reason;
        if (!guest.hasScreen()) {
            return new Step.Wait();
        }
        retryPending = true;
        return new Step.RetryAfter(BACKOFF[Math.min(failures++, BACKOFF.length - 1)]);
    }

    /** The retry delay is over. */
    public Step retryDue() {
        retryPending = false;
        return next();
    }

    private Step connect() {
        link = Link.CONNECTING;
        connectedHost = guest.hostUri();
        return new Step.Connect(guest.hostUri());
    }

    /** The sentence over the screen; empty when the screen is live. */
    public String statusText() {
        if (guest.isNowhere()) {
            return "Guest is not on any connected host";
        }
        if (!guest.hostConnected()) {
            return "Host disconnected — waiting for it to come back";
        }
        GuestState state = guest.state();
        if (state == GuestState.SHUT_OFF) {
            return "Guest is shut off";
        }
        if (state == GuestState.CRASHED) {
            return "Guest crashed";
        }
        if (state == GuestState.PM_SUSPENDED) {
            return "Guest is suspended (sleeping)";
        }
        if (!state.isActive()) {
            return "Guest is not running";
        }
        if (link == Link.CONNECTED) {
            return state == GuestState.PAUSED ? "Paused" : "";
        }
        if (lastFailure != null) {
            return "Disconnected — reconnecting (" + lastFailure + ")";
        }
        return "Connecting…";
    }
}
