package dev.summit.console.fx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The arithmetic that turns a spot on the shown image into a remote pixel. */
class PointerMappingTest {
    @Test
    void oneToOneIsTheSamePixel() {
        assertThat(PointerInput.toPixel(0, 1024, 1024)).isZero();
        assertThat(PointerInput.toPixel(511.9, 1024, 1024)).isEqualTo(511);
        assertThat(PointerInput.toPixel(1023.5, 1024, 1024)).isEqualTo(1023);
    }

    @Test
    void scaledDownAndUp() {
        assertThat(PointerInput.toPixel(480, 960, 1920)).isEqualTo(960);
        assertThat(PointerInput.toPixel(959.9, 960, 1920)).isEqualTo(1919);
        assertThat(PointerInput.toPixel(201, 640, 320)).isEqualTo(100);
    }

    @Test
    void offTheImageSticksToTheEdge() {
        assertThat(PointerInput.toPixel(-30, 640, 320)).isZero();
        assertThat(PointerInput.toPixel(700, 640, 320)).isEqualTo(319);
    }

    @Test
    void nothingShownMapsToTheOrigin() {
        assertThat(PointerInput.toPixel(10, 0, 320)).isZero();
        assertThat(PointerInput.toPixel(10, 640, 0)).isZero();
    }
}
