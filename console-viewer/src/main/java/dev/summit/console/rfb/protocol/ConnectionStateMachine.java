package dev.summit.console.rfb.protocol;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The connection's states and the only moves between them. A move not listed here is a bug in the
 * client (or a server leading it astray), so it throws instead of carrying on in a state nobody planned.
 */
public final class ConnectionStateMachine {
    private static final Map<RfbState, Set<RfbState>> ALLOWED = allowed();

    private final Consumer<RfbState> onChange;
    private RfbState state = RfbState.NEW;

    /** {@code onChange} hears every state entered, on the thread that moved; it is not called under a lock. */
    public ConnectionStateMachine(Consumer<RfbState> onChange) {
        this.onChange = onChange;
    }

    public synchronized RfbState state() {
        return state;
    }

    public static boolean allowed(RfbState from, RfbState to) {
        return ALLOWED.get(from).contains(to);
    }

    /** Moves to {@code next}; throws {@link IllegalStateException} when the move is not allowed. */
    public void moveTo(RfbState next) {
        synchronized (this) {
            if (!allowed(state, next)) {
                throw new IllegalStateException("RFB connection cannot go from " + state + " to " + next);
            }
            state = next;
        }
        onChange.accept(next);
    }

    /** Moves to DISCONNECTED unless already there; true when this call made the move. */
    public boolean disconnect() {
        synchronized (this) {
            if (state == RfbState.DISCONNECTED) {
                return false;
            }
            state = RfbState.DISCONNECTED;
        }
        onChange.accept(RfbState.DISCONNECTED);
        return true;
    }

    private static Map<RfbState, Set<RfbState>> allowed() {
        return Map.of(
                RfbState.NEW, Set.of(RfbState.PROTOCOL_VERSION, RfbState.DISCONNECTED),
                RfbState.PROTOCOL_VERSION, Set.of(RfbState.SECURITY, RfbState.DISCONNECTED),
                // None goes straight to initialisation; every other type authenticates first.
                RfbState.SECURITY, Set.of(RfbState.AUTHENTICATION, RfbState.INITIALISATION, RfbState.DISCONNECTED),
                RfbState.AUTHENTICATION, Set.of(RfbState.INITIALISATION, RfbState.DISCONNECTED),
                RfbState.INITIALISATION, Set.of(RfbState.CONNECTED, RfbState.DISCONNECTED),
                RfbState.CONNECTED, Set.of(RfbState.DISCONNECTED),
                RfbState.DISCONNECTED, Set.of());
    }
}
