package dev.summit.console.fx;

import java.util.ArrayList;
import java.util.List;

/**
 * The combinations a desktop would keep for itself, so the app offers them from a menu instead:
 * Ctrl+Alt+Del, Ctrl+Alt+Backspace, Ctrl+Alt+F1…F12 (virtual terminals) and PrintScreen.
 */
public final class SendKeys {
    public static final KeyChord CTRL_ALT_DELETE =
            new KeyChord("Ctrl+Alt+Del", List.of(KeyTable.CONTROL_LEFT, KeyTable.ALT_LEFT, KeyTable.DELETE));
    public static final KeyChord CTRL_ALT_BACKSPACE =
            new KeyChord("Ctrl+Alt+Backspace", List.of(KeyTable.CONTROL_LEFT, KeyTable.ALT_LEFT, KeyTable.BACKSPACE));
    public static final KeyChord PRINT_SCREEN = new KeyChord("PrintScreen", List.of(KeyTable.PRINT_SCREEN));

    private SendKeys() {
    }

    /** Ctrl+Alt+F{@code n}, for {@code n} from 1 to 12. */
    public static KeyChord ctrlAltF(int n) {
        if (n < 1 || n > 12) {
            throw new IllegalArgumentException("virtual terminals are F1 to F12, not F" + n);
        }
        return new KeyChord("Ctrl+Alt+F" + n, List.of(KeyTable.CONTROL_LEFT, KeyTable.ALT_LEFT, KeyTable.function(n)));
    }

    /** Every chord, in the order a Send Key menu lists them. */
    public static List<KeyChord> all() {
        List<KeyChord> chords = new ArrayList<>();
        chords.add(CTRL_ALT_DELETE);
        chords.add(CTRL_ALT_BACKSPACE);
        for (int n = 1; n <= 12; n++) {
            chords.add(ctrlAltF(n));
        }
        chords.add(PRINT_SCREEN);
        return List.copyOf(chords);
    }
}
