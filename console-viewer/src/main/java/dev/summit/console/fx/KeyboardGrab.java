package dev.summit.console.fx;

import dev.summit.console.rfb.protocol.ConsoleInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the keyboard belongs to the guest, and which keys the guest holds down. While grabbed,
 * every key goes to the guest and nothing else in the window sees it; Ctrl+Alt hands the keyboard
 * back. Whenever the grab ends, however it ends, the guest gets a key-up for every key it still
 * holds, because a key left down in a guest repeats until someone notices. FX thread only.
 */
final class KeyboardGrab {
    /** What the hint label shows while grabbed; the same keys {@link #isReleaseChord} looks for. */
    static final String RELEASE_HINT = "Press Ctrl+Alt to release the keyboard";
    private static final Logger LOG = LoggerFactory.getLogger(KeyboardGrab.class);

    private final Supplier<ConsoleInput> input;
    private final ReadOnlyBooleanWrapper grabbed = new ReadOnlyBooleanWrapper(this, "grabbed");
    /** Keys the guest holds, in press order, with exactly what was sent so the key-up matches. */
    private final Map<KeyCode, GuestKey> down = new LinkedHashMap<>();
    private boolean typedFallbackArmed;

    KeyboardGrab(Supplier<ConsoleInput> input) {
        this.input = input;
    }

    ReadOnlyBooleanProperty grabbedProperty() {
        return grabbed.getReadOnlyProperty();
    }

    boolean isGrabbed() {
        return grabbed.get();
    }

    /** Takes the keyboard, if there is a live guest to give it to. */
    void grab() {
        if (!grabbed.get() && input.get() != null) {
            LOG.debug("keyboard grabbed");
            grabbed.set(true);
        }
    }

    /** Gives the keyboard back; the guest first gets a key-up for everything it holds. */
    void release() {
        releaseKeys();
        typedFallbackArmed = false;
        if (grabbed.get()) {
            LOG.debug("keyboard released");
            grabbed.set(false);
        }
    }

    /**
     * Handles a key event from the window. Returns true when the event was the guest's (the caller
     * consumes it, so no accelerator, mnemonic or focus traversal acts on it).
     */
    boolean handle(KeyEvent event) {
        if (!grabbed.get()) {
            return false;
        }
        ConsoleInput in = input.get();
        if (in == null) {
            release();
            return false;
        }
        if (event.getEventType() == KeyEvent.KEY_PRESSED) {
            pressed(event, in);
        } else if (event.getEventType() == KeyEvent.KEY_RELEASED) {
            released(event.getCode(), in);
        } else if (event.getEventType() == KeyEvent.KEY_TYPED) {
            typed(event.getCharacter(), in);
        }
        return true;
    }

    /** The keys the guest holds now, oldest first. */
    List<GuestKey> keysDown() {
        return List.copyOf(down.values());
    }

    private void pressed(KeyEvent event, ConsoleInput in) {
        KeyCode code = event.getCode();
        if (isReleaseChord(code, event)) {
            release();
            return;
        }
        GuestKey held = down.get(code);
        if (held != null) {
            // Auto-repeat: the guest gets the same key again, as from a real keyboard.
            in.key(held.keysym(), held.xtScancode(), true);
            return;
        }
        Optional<GuestKey> key = KeyTable.forKeyCode(code, event.isShiftDown());
        if (key.isEmpty()) {
            // A dead key or a layout's own key: the character it types, if any, arrives as KEY_TYPED.
            typedFallbackArmed = true;
            return;
        }
        typedFallbackArmed = false;
        down.put(code, key.get());
        in.key(key.get().keysym(), key.get().xtScancode(), true);
    }

    private void released(KeyCode code, ConsoleInput in) {
        GuestKey key = down.remove(code);
        if (key != null) {
            in.key(key.keysym(), key.xtScancode(), false);
        }
    }

    private void typed(String character, ConsoleInput in) {
        if (!typedFallbackArmed || character == null || character.isEmpty()
                || KeyEvent.CHAR_UNDEFINED.equals(character)) {
            return;
        }
        typedFallbackArmed = false;
        int keysym = KeyTable.keysymForChar(character.codePointAt(0));
        if (keysym != 0) {
            in.key(keysym, 0, true);
            in.key(keysym, 0, false);
        }
    }

    /**
     * Ctrl+Alt, in either order. The event's modifier flags count too, so a Ctrl held since before
     * the grab still releases it.
     */
    private boolean isReleaseChord(KeyCode code, KeyEvent event) {
        return (code == KeyCode.CONTROL && (event.isAltDown() || down.containsKey(KeyCode.ALT)))
                || (code == KeyCode.ALT && (event.isControlDown() || down.containsKey(KeyCode.CONTROL)));
    }

    private void releaseKeys() {
        if (down.isEmpty()) {
            return;
        }
        ConsoleInput in = input.get();
        List<GuestKey> held = new ArrayList<>(down.values());
        down.clear();
        if (in == null) {
            return; // no connection: nothing is held anywhere any more
        }
        for (int i = held.size() - 1; i >= 0; i--) {
            in.key(held.get(i).keysym(), held.get(i).xtScancode(), false);
        }
    }
}
