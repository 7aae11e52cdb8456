package dev.summit.console.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.console.rfb.decoder.Framebuffer;
import dev.summit.console.rfb.image.Screenshot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PNG writer the window and the headless CLI share. */
class ScreenshotTest {
    @TempDir
    Path dir;

    @Test
    void writesThePixelsOfTheFramebufferAsPng() throws Exception {
        Framebuffer framebuffer = new Framebuffer(64, 48);
        framebuffer.fill(0, 0, 64, 48, 0xff102030);
        framebuffer.fill(10, 5, 20, 10, 0xffff8000);
        framebuffer.set(63, 47, 0xff00ff00);
        Path png = dir.resolve("shot.png");

        Screenshot.of(framebuffer).writePng(png);

        BufferedImage read = ImageIO.read(png.toFile());
        assertThat(read.getWidth()).isEqualTo(64);
        assertThat(read.getHeight()).isEqualTo(48);
        assertThat(read.getRGB(0, 0)).isEqualTo(0xff102030);
        assertThat(read.getRGB(10, 5)).isEqualTo(0xffff8000);
        assertThat(read.getRGB(29, 14)).isEqualTo(0xffff8000);
        assertThat(read.getRGB(30, 14)).isEqualTo(0xff102030);
        assertThat(read.getRGB(63, 47)).isEqualTo(0xff00ff00);
        try (var files = Files.list(dir)) {
            assertThat(files).as("no partial file left behind").containsExactly(png);
        }
    }

    @Test
    void refusesTooFewPixels() {
        assertThatThrownBy(() -> new Screenshot(10, 10, new int[99])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRegionCopyRefusesATargetOfAnotherSize() throws Exception {
        Framebuffer framebuffer = new Framebuffer(8, 8);
        int[] target = new int[64];
        assertThat(framebuffer.copyRegionTo(0, 0, 8, 8, target, 8, 8)).isTrue();
        framebuffer.resize(16, 8);
        assertThat(framebuffer.copyRegionTo(0, 0, 8, 8, target, 8, 8)).isFalse();
        assertThat(framebuffer.copyRegionTo(12, 0, 8, 8, new int[128], 16, 8)).as("past the edge").isFalse();
    }
}
