package dev.summit.console.fx;

import static dev.summit.console.fx.FxTesting.await;
import static dev.summit.console.fx.FxTesting.onFx;
import static dev.summit.console.fx.FxTesting.paintBlocks;
import static dev.summit.console.fx.FxTesting.runFx;
import static dev.summit.console.fx.FxTesting.samePixels;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.console.fx.RecordingInput.Key;
import dev.summit.console.rfb.decoder.Framebuffer;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Keys reach the guest only while grabbed, and the guest is never left holding one. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ConsoleViewKeyboardTest {
    private static final Key CONTROL_DOWN = new Key(0xffe3, 0x1d, true);
    private static final Key CONTROL_UP = new Key(0xffe3, 0x1d, false);

    private ConsoleView view;
    private Button elsewhere;
    private final AtomicInteger appDeletes = new AtomicInteger();
    private final RecordingInput input = new RecordingInput();
    private final FxRobot robot = new FxRobot();

    @Start
    void start(Stage stage) {
        view = new ConsoleView();
        elsewhere = new Button("elsewhere");
        BorderPane root = new BorderPane(view, elsewhere, null, null, null);
        Scene scene = new Scene(root, 640, 440);
        // The app's own shortcut: it must not fire while the guest has the keyboard.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DELETE), appDeletes::incrementAndGet);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void letGo() {
        robot.release(new KeyCode[0]);
    }

    private void attachAndGrab() throws Exception {
        Framebuffer framebuffer = new Framebuffer(320, 200);
        runFx(() -> view.attach(framebuffer, input));
        paintBlocks(framebuffer, view);
        await("the screen", () -> samePixels(view.image(), framebuffer));
        robot.clickOn(view);
        await("the grab", () -> view.isGrabbed());
        input.clear();
    }

    @Test
    void typingWhileGrabbedSendsKeysymsAndScancodes() throws Exception {
        attachAndGrab();
        robot.type(KeyCode.A);
        robot.press(KeyCode.SHIFT).type(KeyCode.DIGIT1).release(KeyCode.SHIFT);
        robot.type(KeyCode.F5, KeyCode.LEFT, KeyCode.ENTER, KeyCode.DELETE);
        await("every key to arrive", () -> input.keys().size() >= 14);
        assertThat(input.keys()).containsExactly(
                new Key('a', 0x1e, true), new Key('a', 0x1e, false),
                new Key(0xffe1, 0x2a, true), new Key('!', 0x02, true), new Key('!', 0x02, false), new Key(0xffe1, 0x2a, false),
                new Key(0xffc2, 0x3f, true), new Key(0xffc2, 0x3f, false),
                new Key(0xff51, 0xe04b, true), new Key(0xff51, 0xe04b, false),
                new Key(0xff0d, 0x1c, true), new Key(0xff0d, 0x1c, false),
                new Key(0xffff, 0xe053, true), new Key(0xffff, 0xe053, false));
        assertThat(appDeletes).as("the app's Delete shortcut stayed quiet").hasValue(0);
    }

    @Test
    void ctrlAltReleasesTheGrabAndEveryHeldKey() throws Exception {
        attachAndGrab();
        robot.press(KeyCode.CONTROL).press(KeyCode.B);
        await("Ctrl and B down", () -> input.keys().size() >= 2);
        robot.press(KeyCode.ALT);
        await("the grab released", () -> !view.isGrabbed());
        assertThat(input.keys()).containsExactly(CONTROL_DOWN, new Key('b', 0x30, true),
                new Key('b', 0x30, false), CONTROL_UP);
        assertThat(onFx(() -> view.lookup(".console-grab-hint").isVisible())).as("hint hidden").isFalse();
        robot.release(KeyCode.ALT, KeyCode.B, KeyCode.CONTROL);

        input.clear();
        robot.type(KeyCode.C, KeyCode.DELETE);
        robot.interrupt();
        assertThat(input.keys()).as("nothing reaches the guest once released").isEmpty();
        assertThat(appDeletes).as("the app has its keyboard back").hasValue(1);
    }

    @Test
    void losingFocusReleasesHeldKeys() throws Exception {
        attachAndGrab();
        assertThat(onFx(() -> view.lookup(".console-grab-hint").isVisible())).as("hint shown").isTrue();
        assertThat(onFx(() -> ((Label) view.lookup(".console-grab-hint")).getText())).isEqualTo("Press Ctrl+Alt to release the keyboard");
        robot.press(KeyCode.X);
        await("X down", () -> !input.keys().isEmpty());
        runFx(() -> elsewhere.requestFocus());
        await("the grab released", () -> !view.isGrabbed());
        robot.release(KeyCode.X);
        assertThat(input.keys()).containsExactly(new Key('x', 0x2d, true), new Key('x', 0x2d, false));
    }

    @Test
    void aStatusReleasesTheKeyboardAndStopsKeys() throws Exception {
        attachAndGrab();
        robot.press(KeyCode.SHIFT);
        await("Shift down", () -> !input.keys().isEmpty());
        runFx(() -> view.setStatusText("Disconnected — reconnecting"));
        assertThat(onFx(() -> view.isGrabbed())).isFalse();
        assertThat(input.stillDown()).isEmpty();
        robot.release(KeyCode.SHIFT);
        input.clear();
        robot.clickOn(view).type(KeyCode.Q);
        robot.interrupt();
        assertThat(input.all()).isEmpty();
    }

    @Test
    void sendKeysGoOnlyToALiveScreen() throws Exception {
        attachAndGrab();
        assertThat(onFx(() -> view.send(SendKeys.CTRL_ALT_DELETE))).isTrue();
        assertThat(input.keys()).hasSize(6);
        runFx(() -> view.detach());
        assertThat(onFx(() -> view.send(SendKeys.CTRL_ALT_DELETE))).isFalse();
    }
}
