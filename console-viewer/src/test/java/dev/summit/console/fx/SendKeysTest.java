package dev.summit.console.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.console.fx.RecordingInput.Key;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendKeysTest {
    private static List<Key> sent(KeyChord chord) {
        RecordingInput input = new RecordingInput();
        chord.sendTo(input);
        return input.keys();
    }

    @Test
    void ctrlAltDeletePressesInOrderAndReleasesInReverse() {
        assertThat(sent(SendKeys.CTRL_ALT_DELETE)).containsExactly(
                new Key(0xffe3, 0x1d, true), new Key(0xffe9, 0x38, true), new Key(0xffff, 0xe053, true),
                new Key(0xffff, 0xe053, false), new Key(0xffe9, 0x38, false), new Key(0xffe3, 0x1d, false));
    }

    @Test
    void ctrlAltBackspace() {
        assertThat(sent(SendKeys.CTRL_ALT_BACKSPACE)).containsExactly(
                new Key(0xffe3, 0x1d, true), new Key(0xffe9, 0x38, true), new Key(0xff08, 0x0e, true),
                new Key(0xff08, 0x0e, false), new Key(0xffe9, 0x38, false), new Key(0xffe3, 0x1d, false));
    }

    @Test
    void ctrlAltFunctionKeysForVirtualTerminals() {
        assertThat(sent(SendKeys.ctrlAltF(1))).containsExactly(
                new Key(0xffe3, 0x1d, true), new Key(0xffe9, 0x38, true), new Key(0xffbe, 0x3b, true),
                new Key(0xffbe, 0x3b, false), new Key(0xffe9, 0x38, false), new Key(0xffe3, 0x1d, false));
        assertThat(sent(SendKeys.ctrlAltF(12))).contains(new Key(0xffc9, 0x58, true), new Key(0xffc9, 0x58, false));
        assertThatThrownBy(() -> SendKeys.ctrlAltF(13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printScreen() {
        assertThat(sent(SendKeys.PRINT_SCREEN)).containsExactly(new Key(0xff61, 0xe037, true), new Key(0xff61, 0xe037, false));
    }

    @Test
    void theMenuListsEveryChordOnceAndNoneLeavesAKeyDown() {
        List<KeyChord> all = SendKeys.all();
        assertThat(all).extracting(KeyChord::label).doesNotHaveDuplicates()
                .startsWith("Ctrl+Alt+Del", "Ctrl+Alt+Backspace", "Ctrl+Alt+F1").endsWith("Ctrl+Alt+F12", "PrintScreen")
                .hasSize(15);
        RecordingInput input = new RecordingInput();
        all.forEach(chord -> chord.sendTo(input));
        assertThat(input.stillDown()).isEmpty();
    }
}
