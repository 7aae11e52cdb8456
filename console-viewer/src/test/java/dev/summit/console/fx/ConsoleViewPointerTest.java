package dev.summit.console.fx;

import static dev.summit.console.fx.FxTesting.await;
import static dev.summit.console.fx.FxTesting.onFx;
import static dev.summit.console.fx.FxTesting.paintBlocks;
import static dev.summit.console.fx.FxTesting.runFx;
import static dev.summit.console.fx.FxTesting.samePixels;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.console.fx.RecordingInput.Pointer;
import dev.summit.console.rfb.decoder.Framebuffer;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A click lands on the remote pixel under the pointer, whatever the scaling. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ConsoleViewPointerTest {
    private ConsoleView view;
    private Stage stage;
    private final RecordingInput input = new RecordingInput();
    private final FxRobot robot = new FxRobot();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new ConsoleView();
        stage.setScene(new Scene(view, 800, 400));
        stage.show();
    }

    private void showScreen(int width, int height) throws Exception {
        Framebuffer framebuffer = new Framebuffer(width, height);
        runFx(() -> view.attach(framebuffer, input));
        paintBlocks(framebuffer, view);
        await("the screen", () -> samePixels(view.image(), framebuffer));
        robot.interrupt();
    }

    private Point2D onScreen(double viewX, double viewY) {
        return onFx(() -> view.localToScreen(viewX, viewY));
    }

    private void clickAndWait(Point2D where, MouseButton button) {
        input.clear();
        robot.moveTo(where).press(button).release(button);
        await("press and release", () -> input.pointers().stream().filter(p -> p.buttons() == 0).count() > 0
                && input.pointers().stream().anyMatch(p -> p.buttons() != 0));
    }

    @Test
    void fitModeMapsAClickBackThroughTheScaleAndTheLetterbox() throws Exception {
        showScreen(320, 200); // 800×400 view: scale 2, image 640 wide, 80 px of black each side
        clickAndWait(onScreen(80 + 201, 101), MouseButton.PRIMARY);
        assertThat(input.pointers()).contains(new Pointer(100, 50, PointerInput.LEFT), new Pointer(100, 50, 0));

        clickAndWait(onScreen(80 + 20, 390), MouseButton.SECONDARY);
        assertThat(input.pointers()).contains(new Pointer(10, 195, PointerInput.RIGHT), new Pointer(10, 195, 0));

        clickAndWait(onScreen(20, 20), MouseButton.MIDDLE);
        assertThat(input.pointers()).as("a click on the black border sticks to the edge")
                .contains(new Pointer(0, 10, PointerInput.MIDDLE), new Pointer(0, 10, 0));
    }

    @Test
    void oneToOneMapsThroughTheScrollPosition() throws Exception {
        runFx(() -> view.setScaleMode(ScaleMode.ONE_TO_ONE));
        showScreen(1200, 800);
        ScrollPane scroller = robot.lookup(".console-scroller").queryAs(ScrollPane.class);
        runFx(() -> {
            scroller.setHvalue(scroller.getHmax());
            scroller.setVvalue(scroller.getVmax());
        });
        await("scrollbars at the far end", () -> scroller.getHvalue() == scroller.getHmax());
        // Scrolled to the far end, the viewport shows the screen's right and bottom edges.
        Point2D topLeftShown = onFx(() -> {
            var viewport = scroller.getViewportBounds();
            return new Point2D(1200 - viewport.getWidth(), 800 - viewport.getHeight());
        });
        clickAndWait(onScreen(10, 10), MouseButton.PRIMARY);
        Pointer press = input.pointers().stream().filter(p -> p.buttons() == PointerInput.LEFT).findFirst().orElseThrow();
        assertThat(press.x()).isEqualTo((int) Math.round(topLeftShown.getX()) + 10);
        assertThat(press.y()).isEqualTo((int) Math.round(topLeftShown.getY()) + 10);
        assertThat(press.x()).as("scrolled right").isGreaterThan(300);
    }

    @Test
    void theWheelIsButtonsFourAndFivePressedAndReleased() throws Exception {
        showScreen(320, 200);
        robot.moveTo(onScreen(80 + 100, 100));
        await("the pointer over the screen", () -> !input.pointers().isEmpty());
        input.clear();
        robot.scroll(1, VerticalDirection.UP);
        await("a wheel click", () -> input.pointers().size() >= 2);
        assertThat(input.pointers()).startsWith(new Pointer(50, 50, PointerInput.WHEEL_UP), new Pointer(50, 50, 0));
        input.clear();
        robot.scroll(1, VerticalDirection.DOWN);
        await("a wheel click", () -> input.pointers().size() >= 2);
        assertThat(input.pointers()).startsWith(new Pointer(50, 50, PointerInput.WHEEL_DOWN), new Pointer(50, 50, 0));
    }

    @Test
    void aButtonHeldWhenTheScreenStopsBeingLiveIsLetGoInTheGuest() throws Exception {
        showScreen(320, 200);
        input.clear();
        robot.moveTo(onScreen(80 + 40, 40)).press(MouseButton.PRIMARY);
        await("the press", () -> input.pointers().contains(new Pointer(20, 20, PointerInput.LEFT)));
        runFx(() -> view.setStatusText("Paused"));
        robot.release(MouseButton.PRIMARY);
        assertThat(input.pointers()).endsWith(new Pointer(20, 20, PointerInput.LEFT), new Pointer(20, 20, 0));
    }

    @Test
    void aScreenThatIsNotLiveTakesNoPointer() throws Exception {
        showScreen(320, 200);
        runFx(() -> view.setStatusText("Paused"));
        input.clear();
        robot.moveTo(onScreen(200, 200)).clickOn(MouseButton.PRIMARY);
        robot.interrupt();
        assertThat(input.all()).isEmpty();
        assertThat(onFx(() -> view.isLive())).isFalse();
    }
}
