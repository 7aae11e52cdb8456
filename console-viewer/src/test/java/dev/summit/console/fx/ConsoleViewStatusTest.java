package dev.summit.console.fx;

import static dev.summit.console.fx.FxTesting.await;
import static dev.summit.console.fx.FxTesting.blockColour;
import static dev.summit.console.fx.FxTesting.onFx;
import static dev.summit.console.fx.FxTesting.paintBlocks;
import static dev.summit.console.fx.FxTesting.runFx;
import static dev.summit.console.fx.FxTesting.samePixels;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.console.fx.RecordingInput.Key;
import dev.summit.console.rfb.decoder.Framebuffer;
import dev.summit.console.rfb.protocol.CursorShape;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.scene.Cursor;
import javafx.scene.ImageCursor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A screen that is not live never looks live; cursor, screenshots and full screen. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ConsoleViewStatusTest {
    @TempDir
    Path dir;

    private ConsoleView view;
    private Stage stage;
    private Framebuffer framebuffer;
    private final RecordingInput input = new RecordingInput();
    private final FxRobot robot = new FxRobot();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new ConsoleView();
        stage.setScene(new Scene(view, 320, 200));
        stage.show();
    }

    private void attach() throws Exception {
        framebuffer = new Framebuffer(320, 200);
        runFx(() -> {
            view.setScaleMode(ScaleMode.ONE_TO_ONE);
            view.attach(framebuffer, input);
        });
        paintBlocks(framebuffer, view);
        await("the screen", () -> samePixels(view.image(), framebuffer));
    }

    private int shownAt(int x, int y) {
        return onFx(() -> view.snapshot(null, null).getPixelReader().getArgb(x, y));
    }

    /** HSB brightness: the strongest channel, which greying keeps and only the veil lowers. */
    private static int brightness(int argb) {
        return Math.max((argb >> 16) & 0xff, Math.max((argb >> 8) & 0xff, argb & 0xff));
    }

    @Test
    void aStatusGreysAndDimsTheLastFrameUnderItsText() throws Exception {
        attach();
        int live = shownAt(20, 20);
        assertThat(live).isEqualTo(blockColour(0, 0));

        runFx(() -> view.setStatusText("Paused"));
        Label status = (Label) view.lookup(".console-status");
        assertThat(onFx(status::isVisible)).isTrue();
        assertThat(onFx(status::getText)).isEqualTo("Paused");
        await("the status sized to its words", () -> status.getWidth() >= status.prefWidth(-1) - 0.5
                && status.getWidth() > 60);
        assertThat(onFx(view::isLive)).isFalse();
        int greyed = shownAt(20, 20);
        int r = (greyed >> 16) & 0xff;
        int g = (greyed >> 8) & 0xff;
        int b = greyed & 0xff;
        assertThat(Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b))).as("grey, not coloured").isLessThanOrEqualTo(2);
        assertThat(brightness(greyed)).as("dimmer than live").isLessThan(brightness(live) * 2 / 3);
        assertThat(brightness(greyed)).as("but still there").isGreaterThan(0);

        runFx(() -> view.setStatusText(""));
        assertThat(onFx(status::isVisible)).isFalse();
        assertThat(shownAt(20, 20)).isEqualTo(live);

        runFx(view::detach);
        assertThat(onFx(view::isLive)).as("detached").isFalse();
        assertThat(shownAt(20, 20)).as("the last frame stays, greyed").isEqualTo(greyed);
    }

    @Test
    void theGuestCursorIsDrawnLocallyOnlyWhileLive() throws Exception {
        attach();
        int[] arrow = new int[16 * 16];
        Arrays.fill(arrow, 0, 16 * 8, 0xffffffff);
        view.rfbListener().cursorChanged(new CursorShape(16, 16, 1, 2, arrow));
        await("the image cursor", () -> view.screenNode().getCursor() instanceof ImageCursor);
        ImageCursor cursor = (ImageCursor) onFx(() -> view.screenNode().getCursor());
        assertThat(cursor.getHotspotX()).isEqualTo(1);
        assertThat(cursor.getHotspotY()).isEqualTo(2);

        view.rfbListener().cursorChanged(new CursorShape(16, 16, 0, 0, new int[16 * 16]));
        await("a hidden cursor", () -> view.screenNode().getCursor() == Cursor.NONE);

        runFx(() -> view.setStatusText("Connecting…"));
        assertThat(onFx(() -> view.screenNode().getCursor())).isEqualTo(Cursor.DEFAULT);
    }

    @Test
    void screenshotsComeFromTheFramebufferAndAfterwardsFromTheLastFrame() throws Exception {
        attach();
        Path png = onFx(() -> view.saveScreenshot(dir.resolve("live.png"))).get(10, TimeUnit.SECONDS);
        BufferedImage read = ImageIO.read(png.toFile());
        assertThat(read.getWidth()).isEqualTo(320);
        assertThat(read.getRGB(60, 20)).isEqualTo(blockColour(1, 0));
        assertThat(read.getRGB(319, 199)).isEqualTo(framebuffer.get(319, 199));

        runFx(view::detach);
        Path after = onFx(() -> view.saveScreenshot(dir.resolve("after.png"))).get(10, TimeUnit.SECONDS);
        assertThat(ImageIO.read(after.toFile()).getRGB(100, 100)).isEqualTo(framebuffer.get(100, 100));
    }

    @Test
    void escapeStaysWithTheGuestInFullScreenUntilCtrlAlt() throws Exception {
        attach();
        runFx(() -> view.setFullScreen(stage, true));
        await("full screen", stage::isFullScreen);
        robot.clickOn(view);
        await("the grab", view::isGrabbed);
        input.clear();
        robot.type(KeyCode.ESCAPE);
        await("Esc in the guest", () -> input.keys().size() == 2);
        assertThat(input.keys()).containsExactly(new Key(0xff1b, 0x01, true), new Key(0xff1b, 0x01, false));
        assertThat(onFx(stage::isFullScreen)).as("still full screen").isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.ALT).release(KeyCode.ALT, KeyCode.CONTROL);
        await("the grab released", () -> !view.isGrabbed());
        robot.type(KeyCode.ESCAPE);
        await("full screen left", () -> !stage.isFullScreen());
    }
}
