package dev.summit.console.fx;

import static dev.summit.console.fx.FxTesting.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.console.rfb.decoder.Framebuffer;
import java.lang.management.ManagementFactory;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A full 1920×1080 frame costs one copy and no new pixel arrays: the FX thread must not churn. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ScreenBufferAllocationTest {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenBufferAllocationTest.class);
    private static final int FRAMES = 50;

    @Start
    void start(Stage stage) {
        // Only the FX thread is needed; PixelBuffer updates must happen there.
    }

    @Test
    void fullFramesAllocateNextToNothing() throws Exception {
        Framebuffer framebuffer = new Framebuffer(1920, 1080);
        ScreenBuffer buffer = new ScreenBuffer();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] result = onFx(() -> {
            for (int i = 0; i < 20; i++) { // warm up: first image, JIT
                framebuffer.fill(0, 0, 1920, 1080, 0xff000000 | i);
                buffer.pull(framebuffer);
            }
            long before = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            for (int i = 0; i < FRAMES; i++) {
                framebuffer.fill(0, 0, 1920, 1080, 0xff000000 | i * 3);
                buffer.pull(framebuffer);
            }
            long nanos = System.nanoTime() - start;
            return new long[] {threads.getCurrentThreadAllocatedBytes() - before, nanos};
        });
        long perFrame = result[0] / FRAMES;
        LOG.info("full 1920×1080 frame: {} bytes allocated, {} µs (fill and copy)", perFrame, result[1] / FRAMES / 1000);
        assertThat(perFrame).as("bytes allocated per full frame (one frame of pixels is 8 MB)").isLessThan(1024);
        assertThat(onFx(() -> buffer.image().getPixelReader().getArgb(1919, 1079))).isEqualTo(0xff000000 | (FRAMES - 1) * 3);
    }
}
