package dev.summit.console.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.console.fx.RecordingInput.Key;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;

/** The grab's bookkeeping, fed key events directly (no window). */
class KeyboardGrabTest {
    private final RecordingInput input = new RecordingInput();
    private final ConsoleInputHolder holder = new ConsoleInputHolder(input);
    private final KeyboardGrab grab = new KeyboardGrab(() -> holder.input);

    /** Stands for the view's attached connection, which can go away. */
    private static final class ConsoleInputHolder {
        RecordingInput input;

        ConsoleInputHolder(RecordingInput input) {
            this.input = input;
        }
    }

    private static KeyEvent pressed(KeyCode code, boolean shift, boolean control, boolean alt) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", code, shift, control, alt, false);
    }

    private static KeyEvent pressed(KeyCode code) {
        return pressed(code, false, false, false);
    }

    private static KeyEvent released(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", code, false, false, false, false);
    }

    private static KeyEvent typed(String character) {
        return new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false);
    }

    @Test
    void nothingIsTakenWithoutTheGrab() {
        assertThat(grab.handle(pressed(KeyCode.A))).isFalse();
        assertThat(input.all()).isEmpty();
    }

    @Test
    void noGrabWithoutAConnection() {
        holder.input = null;
        grab.grab();
        assertThat(grab.isGrabbed()).isFalse();
    }

    @Test
    void autoRepeatSendsTheSameKeyAgainAndOneRelease() {
        grab.grab();
        grab.handle(pressed(KeyCode.J));
        grab.handle(pressed(KeyCode.J));
        grab.handle(pressed(KeyCode.J));
        grab.handle(released(KeyCode.J));
        assertThat(input.keys()).containsExactly(new Key('j', 0x24, true), new Key('j', 0x24, true),
                new Key('j', 0x24, true), new Key('j', 0x24, false));
    }

    @Test
    void theReleaseMatchesThePressEvenIfShiftWasLetGoFirst() {
        grab.grab();
        grab.handle(pressed(KeyCode.SHIFT, true, false, false));
        grab.handle(pressed(KeyCode.DIGIT3, true, false, false));
        grab.handle(released(KeyCode.SHIFT));
        grab.handle(released(KeyCode.DIGIT3));
        assertThat(input.keys()).containsExactly(new Key(0xffe1, 0x2a, true), new Key('#', 0x04, true),
                new Key(0xffe1, 0x2a, false), new Key('#', 0x04, false));
    }

    @Test
    void aKeyWithNoCodeTypesItsCharacter() {
        grab.grab();
        assertThat(grab.handle(pressed(KeyCode.DEAD_ACUTE))).isTrue();
        grab.handle(typed("é"));
        grab.handle(released(KeyCode.DEAD_ACUTE));
        assertThat(input.keys()).containsExactly(new Key(0xe9, 0, true), new Key(0xe9, 0, false));
    }

    @Test
    void typedCharactersOfMappedKeysAreNotSentTwice() {
        grab.grab();
        grab.handle(pressed(KeyCode.K));
        grab.handle(typed("k"));
        grab.handle(released(KeyCode.K));
        assertThat(input.keys()).containsExactly(new Key('k', 0x25, true), new Key('k', 0x25, false));
    }

    @Test
    void ctrlAltInEitherOrderReleases() {
        grab.grab();
        grab.handle(pressed(KeyCode.ALT, false, false, true));
        grab.handle(pressed(KeyCode.CONTROL, false, true, true));
        assertThat(grab.isGrabbed()).isFalse();
        assertThat(input.keys()).containsExactly(new Key(0xffe9, 0x38, true), new Key(0xffe9, 0x38, false));
    }

    @Test
    void aCtrlHeldSinceBeforeTheGrabStillReleasesIt() {
        grab.grab();
        grab.handle(pressed(KeyCode.ALT, false, true, true));
        assertThat(grab.isGrabbed()).isFalse();
        assertThat(input.all()).isEmpty();
    }

    @Test
    void releaseLetsGoOfEverythingNewestFirst() {
        grab.grab();
        grab.handle(pressed(KeyCode.SHIFT, true, false, false));
        grab.handle(pressed(KeyCode.WINDOWS, true, false, false));
        grab.handle(pressed(KeyCode.UP, true, false, false));
        input.clear();
        grab.release();
        assertThat(input.keys()).containsExactly(new Key(0xff52, 0xe048, false), new Key(0xffeb, 0xe05b, false),
                new Key(0xffe1, 0x2a, false));
        assertThat(grab.keysDown()).isEmpty();
    }

    @Test
    void aVanishedConnectionEndsTheGrabQuietly() {
        grab.grab();
        grab.handle(pressed(KeyCode.A));
        holder.input = null;
        assertThat(grab.handle(pressed(KeyCode.B))).isFalse();
        assertThat(grab.isGrabbed()).isFalse();
        assertThat(grab.keysDown()).isEmpty();
    }
}
