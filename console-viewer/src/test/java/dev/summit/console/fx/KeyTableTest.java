package dev.summit.console.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class KeyTableTest {
    private static GuestKey key(KeyCode code) {
        return KeyTable.forKeyCode(code, false).orElseThrow();
    }

    @Test
    void lettersFollowTheQwertyRowsAndShiftMakesCapitals() {
        assertThat(key(KeyCode.Q)).isEqualTo(new GuestKey('q', 0x10));
        assertThat(key(KeyCode.P)).isEqualTo(new GuestKey('p', 0x19));
        assertThat(key(KeyCode.A)).isEqualTo(new GuestKey('a', 0x1e));
        assertThat(key(KeyCode.L)).isEqualTo(new GuestKey('l', 0x26));
        assertThat(key(KeyCode.Z)).isEqualTo(new GuestKey('z', 0x2c));
        assertThat(key(KeyCode.M)).isEqualTo(new GuestKey('m', 0x32));
        assertThat(KeyTable.forKeyCode(KeyCode.G, true)).contains(new GuestKey('G', 0x22));
    }

    @Test
    void digitsAndPunctuationOnAUsKeyboard() {
        assertThat(key(KeyCode.DIGIT1)).isEqualTo(new GuestKey('1', 0x02));
        assertThat(key(KeyCode.DIGIT0)).isEqualTo(new GuestKey('0', 0x0b));
        assertThat(KeyTable.forKeyCode(KeyCode.DIGIT2, true)).contains(new GuestKey('@', 0x03));
        assertThat(KeyTable.forKeyCode(KeyCode.DIGIT9, true)).contains(new GuestKey('(', 0x0a));
        assertThat(key(KeyCode.MINUS)).isEqualTo(new GuestKey('-', 0x0c));
        assertThat(KeyTable.forKeyCode(KeyCode.EQUALS, true)).contains(new GuestKey('+', 0x0d));
        assertThat(key(KeyCode.BACK_QUOTE)).isEqualTo(new GuestKey('`', 0x29));
        assertThat(KeyTable.forKeyCode(KeyCode.QUOTE, true)).contains(new GuestKey('"', 0x28));
        assertThat(key(KeyCode.BACK_SLASH)).isEqualTo(new GuestKey('\\', 0x2b));
        assertThat(KeyTable.forKeyCode(KeyCode.SLASH, true)).contains(new GuestKey('?', 0x35));
        assertThat(key(KeyCode.SPACE)).isEqualTo(new GuestKey(' ', 0x39));
    }

    @Test
    void functionKeysF1ToF24() {
        assertThat(key(KeyCode.F1)).isEqualTo(new GuestKey(0xffbe, 0x3b));
        assertThat(key(KeyCode.F10)).isEqualTo(new GuestKey(0xffc7, 0x44));
        assertThat(key(KeyCode.F11)).isEqualTo(new GuestKey(0xffc8, 0x57));
        assertThat(key(KeyCode.F12)).isEqualTo(new GuestKey(0xffc9, 0x58));
        assertThat(key(KeyCode.F13)).isEqualTo(new GuestKey(0xffca, 0x5d));
        assertThat(key(KeyCode.F17)).isEqualTo(new GuestKey(0xffce, 0xe003));
        assertThat(key(KeyCode.F24)).isEqualTo(new GuestKey(0xffd5, 0x6f));
        assertThatThrownBy(() -> KeyTable.function(25)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void navigationAndEditingKeysAreTheE0Ones() {
        assertThat(key(KeyCode.LEFT)).isEqualTo(new GuestKey(0xff51, 0xe04b));
        assertThat(key(KeyCode.UP)).isEqualTo(new GuestKey(0xff52, 0xe048));
        assertThat(key(KeyCode.RIGHT)).isEqualTo(new GuestKey(0xff53, 0xe04d));
        assertThat(key(KeyCode.DOWN)).isEqualTo(new GuestKey(0xff54, 0xe050));
        assertThat(key(KeyCode.HOME)).isEqualTo(new GuestKey(0xff50, 0xe047));
        assertThat(key(KeyCode.END)).isEqualTo(new GuestKey(0xff57, 0xe04f));
        assertThat(key(KeyCode.PAGE_UP)).isEqualTo(new GuestKey(0xff55, 0xe049));
        assertThat(key(KeyCode.PAGE_DOWN)).isEqualTo(new GuestKey(0xff56, 0xe051));
        assertThat(key(KeyCode.INSERT)).isEqualTo(new GuestKey(0xff63, 0xe052));
        assertThat(key(KeyCode.DELETE)).isEqualTo(new GuestKey(0xffff, 0xe053));
        assertThat(key(KeyCode.ENTER)).isEqualTo(new GuestKey(0xff0d, 0x1c));
        assertThat(key(KeyCode.BACK_SPACE)).isEqualTo(new GuestKey(0xff08, 0x0e));
        assertThat(key(KeyCode.TAB)).isEqualTo(new GuestKey(0xff09, 0x0f));
        assertThat(key(KeyCode.ESCAPE)).isEqualTo(new GuestKey(0xff1b, 0x01));
    }

    @Test
    void keypad() {
        assertThat(key(KeyCode.NUMPAD0)).isEqualTo(new GuestKey(0xffb0, 0x52));
        assertThat(key(KeyCode.NUMPAD5)).isEqualTo(new GuestKey(0xffb5, 0x4c));
        assertThat(key(KeyCode.NUMPAD9)).isEqualTo(new GuestKey(0xffb9, 0x49));
        assertThat(key(KeyCode.DIVIDE)).isEqualTo(new GuestKey(0xffaf, 0xe035));
        assertThat(key(KeyCode.MULTIPLY)).isEqualTo(new GuestKey(0xffaa, 0x37));
        assertThat(key(KeyCode.SUBTRACT)).isEqualTo(new GuestKey(0xffad, 0x4a));
        assertThat(key(KeyCode.ADD)).isEqualTo(new GuestKey(0xffab, 0x4e));
        assertThat(key(KeyCode.DECIMAL)).isEqualTo(new GuestKey(0xffae, 0x53));
        assertThat(key(KeyCode.NUM_LOCK)).isEqualTo(new GuestKey(0xff7f, 0x45));
        assertThat(KeyTable.KEYPAD_ENTER).isEqualTo(new GuestKey(0xff8d, 0xe01c));
    }

    @Test
    void modifiersSuperMenuPrintScreenPause() {
        assertThat(key(KeyCode.SHIFT)).isEqualTo(KeyTable.SHIFT_LEFT).isEqualTo(new GuestKey(0xffe1, 0x2a));
        assertThat(key(KeyCode.CONTROL)).isEqualTo(new GuestKey(0xffe3, 0x1d));
        assertThat(key(KeyCode.ALT)).isEqualTo(new GuestKey(0xffe9, 0x38));
        assertThat(key(KeyCode.ALT_GRAPH)).isEqualTo(new GuestKey(0xffea, 0xe038));
        assertThat(KeyTable.SHIFT_RIGHT).isEqualTo(new GuestKey(0xffe2, 0x36));
        assertThat(KeyTable.CONTROL_RIGHT).isEqualTo(new GuestKey(0xffe4, 0xe01d));
        assertThat(key(KeyCode.WINDOWS)).isEqualTo(new GuestKey(0xffeb, 0xe05b));
        assertThat(KeyTable.SUPER_RIGHT).isEqualTo(new GuestKey(0xffec, 0xe05c));
        assertThat(key(KeyCode.CONTEXT_MENU)).isEqualTo(new GuestKey(0xff67, 0xe05d));
        assertThat(key(KeyCode.CAPS)).isEqualTo(new GuestKey(0xffe5, 0x3a));
        assertThat(key(KeyCode.PRINTSCREEN)).isEqualTo(new GuestKey(0xff61, 0xe037));
        assertThat(key(KeyCode.PAUSE)).isEqualTo(new GuestKey(0xff13, 0xe046));
        assertThat(key(KeyCode.SCROLL_LOCK)).isEqualTo(new GuestKey(0xff14, 0x46));
    }

    @Test
    void noTwoKeysShareAScancodeUnlessTheyAreOnePhysicalKey() {
        // Num Lock off turns keypad digits into arrows (and 5 into Clear); Meta/Command are Super's names.
        Set<KeyCode> otherNames = Set.of(KeyCode.META, KeyCode.COMMAND, KeyCode.CLEAR,
                KeyCode.KP_LEFT, KeyCode.KP_UP, KeyCode.KP_RIGHT, KeyCode.KP_DOWN);
        Set<Integer> seen = new HashSet<>();
        for (KeyCode code : KeyCode.values()) {
            KeyTable.forKeyCode(code, false).filter(k -> k.xtScancode() != 0 && !otherNames.contains(code))
                    .ifPresent(k -> assertThat(seen.add(k.xtScancode())).as("scancode of %s is unique", code).isTrue());
        }
        assertThat(seen).hasSizeGreaterThan(100);
        assertThat(key(KeyCode.KP_LEFT).xtScancode()).isEqualTo(key(KeyCode.NUMPAD4).xtScancode());
        assertThat(key(KeyCode.CLEAR).xtScancode()).isEqualTo(key(KeyCode.NUMPAD5).xtScancode());
    }

    @Test
    void unknownKeysHaveNoEntry() {
        assertThat(KeyTable.forKeyCode(KeyCode.DEAD_ACUTE, false)).isEmpty();
        assertThat(KeyTable.forKeyCode(KeyCode.UNDEFINED, false)).isEmpty();
    }

    @Test
    void layoutCharacterKeysGoAsKeysymOnly() {
        assertThat(key(KeyCode.LESS)).isEqualTo(new GuestKey('<', 0));
        assertThat(key(KeyCode.EXCLAMATION_MARK)).isEqualTo(new GuestKey('!', 0));
    }

    @Test
    void charactersToKeysyms() {
        assertThat(KeyTable.keysymForChar('a')).isEqualTo(0x61);
        assertThat(KeyTable.keysymForChar('é')).isEqualTo(0xe9);
        assertThat(KeyTable.keysymForChar('€')).isEqualTo(0x010020ac);
        assertThat(KeyTable.keysymForChar('ж')).isEqualTo(0x01000436);
        assertThat(KeyTable.keysymForChar(0x1f600)).isEqualTo(0x0101f600);
        assertThat(KeyTable.keysymForChar('\n')).isZero();
        assertThat(KeyTable.keysymForChar(0x7f)).isZero();
    }
}
