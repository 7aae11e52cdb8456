package dev.summit.console.fx;

import static dev.summit.console.fx.FxTesting.await;
import static dev.summit.console.fx.FxTesting.blockColour;
import static dev.summit.console.fx.FxTesting.onFx;
import static dev.summit.console.fx.FxTesting.paintBlocks;
import static dev.summit.console.fx.FxTesting.runFx;
import static dev.summit.console.fx.FxTesting.samePixels;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.console.rfb.decoder.Framebuffer;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the reader thread draws is what the view shows, after one pulse, in both scale modes. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ConsoleViewPixelsTest {
    private ConsoleView view;
    private final RecordingInput input = new RecordingInput();

    @Start
    void start(Stage stage) {
        view = new ConsoleView();
        stage.setScene(new Scene(view, 640, 400));
        stage.show();
    }

    private Image shownOnScreen() {
        return onFx(() -> view.screenNode().snapshot(null, null));
    }

    @Test
    void fitModeShowsTheFramebufferScaledToTheWindow() throws Exception {
        Framebuffer framebuffer = new Framebuffer(320, 200);
        runFx(() -> view.attach(framebuffer, input));
        paintBlocks(framebuffer, view);

        await("the image to match the framebuffer", () -> samePixels(view.image(), framebuffer));
        Image shown = shownOnScreen();
        assertThat(shown.getWidth()).isEqualTo(640);
        assertThat(shown.getHeight()).isEqualTo(400);
        PixelReader pixels = shown.getPixelReader();
        for (int row = 0; row < 5; row++) {
            for (int column = 0; column < 8; column++) {
                assertThat(pixels.getArgb(column * 80 + 40, row * 80 + 40)).as("block %d,%d", column, row)
                        .isEqualTo(blockColour(column, row));
            }
        }
    }

    @Test
    void oneToOneShowsEveryPixelExactly() throws Exception {
        Framebuffer framebuffer = new Framebuffer(320, 200);
        runFx(() -> {
            view.setScaleMode(ScaleMode.ONE_TO_ONE);
            view.attach(framebuffer, input);
        });
        paintBlocks(framebuffer, view);
        await("the image to match the framebuffer", () -> samePixels(view.image(), framebuffer));
        assertThat(samePixels(shownOnScreen(), framebuffer)).as("on screen, pixel for pixel").isTrue();

        Thread reader = new Thread(() -> {
            framebuffer.fill(5, 7, 3, 2, 0xffffffff);
            view.rfbListener().frameCompleted();
        });
        reader.start();
        reader.join();
        await("a small change to show", () -> samePixels(view.image(), framebuffer));
        assertThat(samePixels(shownOnScreen(), framebuffer)).isTrue();
    }

    @Test
    void aResizedDesktopGetsANewBuffer() throws Exception {
        Framebuffer framebuffer = new Framebuffer(320, 200);
        runFx(() -> view.attach(framebuffer, input));
        paintBlocks(framebuffer, view);
        await("the first size", () -> samePixels(view.image(), framebuffer));

        Thread reader = new Thread(() -> {
            try {
                framebuffer.resize(400, 300);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            view.rfbListener().desktopResized(400, 300);
        });
        reader.start();
        reader.join();
        paintBlocks(framebuffer, view);
        await("the larger size", () -> samePixels(view.image(), framebuffer));
        Image shown = shownOnScreen();
        assertThat(shown.getWidth()).as("fit keeps the shape: 400×300 in 640×400").isEqualTo(533);
        assertThat(shown.getHeight()).isEqualTo(400);

        runFx(() -> view.setScaleMode(ScaleMode.ONE_TO_ONE));
        Thread shrink = new Thread(() -> {
            try {
                framebuffer.resize(160, 100);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            view.rfbListener().desktopResized(160, 100);
        });
        shrink.start();
        shrink.join();
        paintBlocks(framebuffer, view);
        await("the smaller size", () -> samePixels(view.image(), framebuffer));
        assertThat(samePixels(shownOnScreen(), framebuffer)).isTrue();
    }

    @Test
    void aSecondFramebufferIsShownWhole() throws Exception {
        Framebuffer first = new Framebuffer(320, 200);
        runFx(() -> view.attach(first, input));
        paintBlocks(first, view);
        await("the first screen", () -> samePixels(view.image(), first));

        Framebuffer second = new Framebuffer(320, 200);
        second.fill(0, 0, 320, 200, 0xff336699);
        second.takeDamage(); // someone else took its damage: the view must still copy everything
        runFx(() -> view.attach(second, input));
        await("the second screen", () -> samePixels(view.image(), second));
    }
}
