package dev.summit.console.fx;

import dev.summit.console.rfb.decoder.Framebuffer;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import org.testfx.util.WaitForAsyncUtils;

/** Small helpers the console view's window tests share: run on the FX thread, wait for a pulse. */
final class FxTesting {
    private FxTesting() {
    }

    static <T> T onFx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX action failed", e);
        }
    }

    static void runFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** Polls {@code condition} on the FX thread until it holds, failing after a few seconds. */
    static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (Exception e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }

    /** Draws a grid of solid 40-pixel blocks, each its own colour, from a thread of its own (as the reader would). */
    static void paintBlocks(Framebuffer framebuffer, ConsoleView view) throws InterruptedException {
        Thread reader = new Thread(() -> {
            for (int y = 0; y < framebuffer.height(); y += 40) {
                for (int x = 0; x < framebuffer.width(); x += 40) {
                    framebuffer.fill(x, y, Math.min(40, framebuffer.width() - x), Math.min(40, framebuffer.height() - y),
                            blockColour(x / 40, y / 40));
                }
            }
            view.rfbListener().frameCompleted();
        }, "test-rfb-reader");
        reader.start();
        reader.join();
    }

    static int blockColour(int column, int row) {
        return 0xff000000 | (column * 29 % 256) << 16 | (row * 47 % 256) << 8 | ((column + row) % 2 == 0 ? 0xe0 : 0x30);
    }

    /** True when every pixel of {@code image} equals the framebuffer's. */
    static boolean samePixels(Image image, Framebuffer framebuffer) {
        if (image == null || image.getWidth() != framebuffer.width() || image.getHeight() != framebuffer.height()) {
            return false;
        }
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < framebuffer.height(); y++) {
            for (int x = 0; x < framebuffer.width(); x++) {
                if (reader.getArgb(x, y) != framebuffer.get(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
