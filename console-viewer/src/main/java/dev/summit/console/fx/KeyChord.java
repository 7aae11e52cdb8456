package dev.summit.console.fx;

import dev.summit.console.rfb.protocol.ConsoleInput;
import java.util.List;

/**
 * Keys pressed together, as a Send Key menu item: pressed in order, released in reverse, so the
 * guest sees what a person's hand would do and nothing stays down.
 */
public record KeyChord(String label, List<GuestKey> keys) {
    public KeyChord {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a chord needs at least one key");
        }
    }

    public void sendTo(ConsoleInput input) {
        for (GuestKey key : keys) {
            input.key(key.keysym(), key.xtScancode(), true);
        }
        for (int i = keys.size() - 1; i >= 0; i--) {
            GuestKey key = keys.get(i);
            input.key(key.keysym(), key.xtScancode(), false);
        }
    }
}
