package dev.summit.console.fx;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.input.KeyCode;

/**
 * JavaFX key codes to what the guest receives, for a US keyboard. The scancode names the key's place
 * on a PC keyboard, so a guest with QEMU's extended key events types with its own layout; the keysym
 * is for servers that only take keysyms. Keysym and scancode values are the X11 and IBM XT facts
 * that keysymdef.h and QEMU's keymap database list.
 *
 * <p>JavaFX reports Shift, Ctrl and Alt without saying which side, so those come out as the left
 * keys; only AltGr (Alt_R on GTK) is told apart. The right-hand keys are here for {@link SendKeys}.
 */
public final class KeyTable {
    public static final GuestKey SHIFT_LEFT = new GuestKey(0xffe1, 0x2a);
    public static final GuestKey SHIFT_RIGHT = new GuestKey(0xffe2, 0x36);
    public static final GuestKey CONTROL_LEFT = new GuestKey(0xffe3, 0x1d);
    public static final GuestKey CONTROL_RIGHT = new GuestKey(0xffe4, 0xe01d);
    public static final GuestKey ALT_LEFT = new GuestKey(0xffe9, 0x38);
    public static final GuestKey ALT_RIGHT = new GuestKey(0xffea, 0xe038);
    public static final GuestKey SUPER_LEFT = new GuestKey(0xffeb, 0xe05b);
    public static final GuestKey SUPER_RIGHT = new GuestKey(0xffec, 0xe05c);
    public static final GuestKey MENU = new GuestKey(0xff67, 0xe05d);
    public static final GuestKey BACKSPACE = new GuestKey(0xff08, 0x0e);
    public static final GuestKey TAB = new GuestKey(0xff09, 0x0f);
    public static final GuestKey RETURN = new GuestKey(0xff0d, 0x1c);
    public static final GuestKey ESCAPE = new GuestKey(0xff1b, 0x01);
    public static final GuestKey DELETE = new GuestKey(0xffff, 0xe053);
    public static final GuestKey INSERT = new GuestKey(0xff63, 0xe052);
    public static final GuestKey PRINT_SCREEN = new GuestKey(0xff61, 0xe037);
    public static final GuestKey PAUSE = new GuestKey(0xff13, 0xe046);
    public static final GuestKey KEYPAD_ENTER = new GuestKey(0xff8d, 0xe01c);

    /** F13–F24 have no regular XT codes; these are the ones QEMU and Linux agree on. */
    private static final int[] F13_TO_F24_SCANCODES = {
        0x5d, 0x5e, 0x5f, 0x55, 0xe003, 0xe077, 0xe004, 0x5a, 0x74, 0xe079, 0x6d, 0x6f};
    private static final int[] KEYPAD_DIGIT_SCANCODES = {0x52, 0x4f, 0x50, 0x51, 0x4b, 0x4c, 0x4d, 0x47, 0x48, 0x49};
    private static final String QWERTY_ROW_1 = "qwertyuiop";
    private static final String QWERTY_ROW_2 = "asdfghjkl";
    private static final String QWERTY_ROW_3 = "zxcvbnm";

    private static final Map<KeyCode, Entry> TABLE = build();

    private KeyTable() {
    }

    /** What the guest gets for {@code code}, with the shifted keysym when Shift is down; empty when unknown. */
    public static Optional<GuestKey> forKeyCode(KeyCode code, boolean shift) {
        Entry entry = TABLE.get(code);
        if (entry == null) {
            return Optional.empty();
        }
        return Optional.of(shift ? entry.shifted() : entry.plain());
    }

    /** F1–F24. */
    public static GuestKey function(int n) {
        if (n < 1 || n > 24) {
            throw new IllegalArgumentException("no key F" + n);
        }
        int scancode = n <= 10 ? 0x3a + n : n <= 12 ? 0x57 + (n - 11) : F13_TO_F24_SCANCODES[n - 13];
        return new GuestKey(0xffbe + n - 1, scancode);
    }

    /**
     * The keysym that types {@code codePoint}: Latin-1 keysyms equal their code point, everything else
     * uses the Unicode keysym range (0x01000000 + code point), which X servers accept. Returns 0 for
     * control characters, which no key press should produce through this path.
     */
    public static int keysymForChar(int codePoint) {
        if ((codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff)) {
            return codePoint;
        }
        if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0) || codePoint > 0x10ffff) {
            return 0;
        }
        return 0x01000000 | codePoint;
    }

    private record Entry(GuestKey plain, GuestKey shifted) {
    }

    private static Map<KeyCode, Entry> build() {
        Map<KeyCode, Entry> t = new EnumMap<>(KeyCode.class);
        letters(t, QWERTY_ROW_1, 0x10);
        letters(t, QWERTY_ROW_2, 0x1e);
        letters(t, QWERTY_ROW_3, 0x2c);
        String digits = "1234567890";
        String shiftedDigits = "!@#$%^&*()";
        for (int i = 0; i < digits.length(); i++) {
            KeyCode code = KeyCode.valueOf("DIGIT" + digits.charAt(i));
            printable(t, code, digits.charAt(i), shiftedDigits.charAt(i), 0x02 + i);
        }
        printable(t, KeyCode.BACK_QUOTE, '`', '~', 0x29);
        printable(t, KeyCode.MINUS, '-', '_', 0x0c);
        printable(t, KeyCode.EQUALS, '=', '+', 0x0d);
        printable(t, KeyCode.OPEN_BRACKET, '[', '{', 0x1a);
        printable(t, KeyCode.CLOSE_BRACKET, ']', '}', 0x1b);
        printable(t, KeyCode.BACK_SLASH, '\\', '|', 0x2b);
        printable(t, KeyCode.SEMICOLON, ';', ':', 0x27);
        printable(t, KeyCode.QUOTE, '\'', '"', 0x28);
        printable(t, KeyCode.COMMA, ',', '<', 0x33);
        printable(t, KeyCode.PERIOD, '.', '>', 0x34);
        printable(t, KeyCode.SLASH, '/', '?', 0x35);
        printable(t, KeyCode.SPACE, ' ', ' ', 0x39);
        characterKeys(t);

        same(t, KeyCode.BACK_SPACE, BACKSPACE);
        same(t, KeyCode.TAB, TAB);
        same(t, KeyCode.ENTER, RETURN);
        same(t, KeyCode.ESCAPE, ESCAPE);
        same(t, KeyCode.INSERT, INSERT);
        same(t, KeyCode.DELETE, DELETE);
        same(t, KeyCode.HOME, new GuestKey(0xff50, 0xe047));
        same(t, KeyCode.END, new GuestKey(0xff57, 0xe04f));
        same(t, KeyCode.PAGE_UP, new GuestKey(0xff55, 0xe049));
        same(t, KeyCode.PAGE_DOWN, new GuestKey(0xff56, 0xe051));
        same(t, KeyCode.LEFT, new GuestKey(0xff51, 0xe04b));
        same(t, KeyCode.UP, new GuestKey(0xff52, 0xe048));
        same(t, KeyCode.RIGHT, new GuestKey(0xff53, 0xe04d));
        same(t, KeyCode.DOWN, new GuestKey(0xff54, 0xe050));
        for (int n = 1; n <= 24; n++) {
            same(t, KeyCode.valueOf("F" + n), function(n));
        }

        same(t, KeyCode.SHIFT, SHIFT_LEFT);
        same(t, KeyCode.CONTROL, CONTROL_LEFT);
        same(t, KeyCode.ALT, ALT_LEFT);
        same(t, KeyCode.ALT_GRAPH, ALT_RIGHT);
        same(t, KeyCode.WINDOWS, SUPER_LEFT);
        same(t, KeyCode.META, SUPER_LEFT);
        same(t, KeyCode.COMMAND, SUPER_LEFT);
        same(t, KeyCode.CONTEXT_MENU, MENU);
        same(t, KeyCode.CAPS, new GuestKey(0xffe5, 0x3a));
        same(t, KeyCode.NUM_LOCK, new GuestKey(0xff7f, 0x45));
        same(t, KeyCode.SCROLL_LOCK, new GuestKey(0xff14, 0x46));
        same(t, KeyCode.PRINTSCREEN, PRINT_SCREEN);
        same(t, KeyCode.PAUSE, PAUSE);

        for (int d = 0; d <= 9; d++) {
            same(t, KeyCode.valueOf("NUMPAD" + d), new GuestKey(0xffb0 + d, KEYPAD_DIGIT_SCANCODES[d]));
        }
        same(t, KeyCode.MULTIPLY, new GuestKey(0xffaa, 0x37));
        same(t, KeyCode.ADD, new GuestKey(0xffab, 0x4e));
        same(t, KeyCode.SEPARATOR, new GuestKey(0xffac, 0x7e));
        same(t, KeyCode.SUBTRACT, new GuestKey(0xffad, 0x4a));
        same(t, KeyCode.DECIMAL, new GuestKey(0xffae, 0x53));
        same(t, KeyCode.DIVIDE, new GuestKey(0xffaf, 0xe035));
        // GTK reports keypad 5 with Num Lock off (KP_Begin) as CLEAR.
        same(t, KeyCode.CLEAR, new GuestKey(0xff9d, 0x4c));
        same(t, KeyCode.KP_LEFT, new GuestKey(0xff96, 0x4b));
        same(t, KeyCode.KP_UP, new GuestKey(0xff97, 0x48));
        same(t, KeyCode.KP_RIGHT, new GuestKey(0xff98, 0x4d));
        same(t, KeyCode.KP_DOWN, new GuestKey(0xff99, 0x50));
        return Collections.unmodifiableMap(t);
    }

    private static void letters(Map<KeyCode, Entry> t, String row, int firstScancode) {
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            printable(t, KeyCode.valueOf(String.valueOf(Character.toUpperCase(c))), c, Character.toUpperCase(c),
                    firstScancode + i);
        }
    }

    /**
     * Key codes JavaFX gives for keys that type a shifted US character unshifted on another layout
     * (French digits row, German 102nd key…). Their US position would be wrong there, so they go as
     * keysym only and the server picks the key.
     */
    private static void characterKeys(Map<KeyCode, Entry> t) {
        Object[][] chars = {
            {KeyCode.EXCLAMATION_MARK, '!'}, {KeyCode.AT, '@'}, {KeyCode.NUMBER_SIGN, '#'}, {KeyCode.DOLLAR, '$'},
            {KeyCode.CIRCUMFLEX, '^'}, {KeyCode.AMPERSAND, '&'}, {KeyCode.ASTERISK, '*'},
            {KeyCode.LEFT_PARENTHESIS, '('}, {KeyCode.RIGHT_PARENTHESIS, ')'}, {KeyCode.UNDERSCORE, '_'},
            {KeyCode.PLUS, '+'}, {KeyCode.COLON, ':'}, {KeyCode.QUOTEDBL, '"'}, {KeyCode.LESS, '<'},
            {KeyCode.GREATER, '>'}, {KeyCode.BRACELEFT, '{'}, {KeyCode.BRACERIGHT, '}'},
            {KeyCode.EURO_SIGN, '€'}, {KeyCode.INVERTED_EXCLAMATION_MARK, '¡'}};
        for (Object[] pair : chars) {
            same(t, (KeyCode) pair[0], new GuestKey(keysymForChar((Character) pair[1]), 0));
        }
    }

    private static void printable(Map<KeyCode, Entry> t, KeyCode code, char plain, char shifted, int scancode) {
        t.put(code, new Entry(new GuestKey(plain, scancode), new GuestKey(shifted, scancode)));
    }

    private static void same(Map<KeyCode, Entry> t, KeyCode code, GuestKey key) {
        t.put(code, new Entry(key, key));
    }
}
