package dev.summit.console.rfb.decoder;

import static dev.summit.console.rfb.decoder.ServerBytes.argb;
import static dev.summit.console.rfb.decoder.TightDecoderTest.decodeAll;
import static dev.summit.console.rfb.decoder.TightDecoderTest.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RawDecoderTest {
    private final RawDecoder decoder = new RawDecoder();

    @Test
    void pixelsAreBlueGreenRedAndAnIgnoredByte() throws IOException {
        Framebuffer fb = new Framebuffer(4, 4);
        decodeAll(decoder, fb, new Rect(1, 1, 3, 2, 0),
                ServerBytes.of().pixel(0x112233, 0x445566, 0x778899, 0xFF0000, 0x00FF00, 0x0000FF).build());
        assertThat(row(fb, 0, 0, 4)).containsOnly(0);
        assertThat(row(fb, 1, 0, 4)).containsExactly(0, argb(0x112233), argb(0x445566), argb(0x778899));
        assertThat(row(fb, 2, 0, 4)).containsExactly(0, argb(0xFF0000), argb(0x00FF00), argb(0x0000FF));
        assertThat(row(fb, 3, 0, 4)).containsOnly(0);
        assertThat(fb.takeDamage()).containsExactly(0, 0, 4, 4); // the resize's damage includes the rectangle
    }

    @Test
    void aWideTallRectangleIsDrawnExactlyAcrossItsRowBatches() throws IOException {
        // 5000 pixels a row is 20,000 bytes: three rows a batch, and a last batch of one row.
        int w = 5000;
        int h = 10;
        int[] rgb = new int[w * h];
        Arrays.setAll(rgb, i -> (i * 0x9E3779B1) >>> 8); // every pixel different from its neighbours
        Framebuffer fb = new Framebuffer(w + 2, h + 1);
        decodeAll(decoder, fb, new Rect(2, 1, w, h, 0), ServerBytes.of().pixel(rgb).build());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertThat(fb.get(2 + x, 1 + y)).isEqualTo(argb(rgb[y * w + x]));
            }
        }
        assertThat(fb.get(1, 1)).isZero();
    }

    @Test
    void theDecoderReusesItsBuffersForTheNextRectangle() throws IOException {
        Framebuffer fb = new Framebuffer(8, 8);
        decodeAll(decoder, fb, new Rect(0, 0, 8, 8, 0), ServerBytes.of().pixel(new int[64]).build());
        decodeAll(decoder, fb, new Rect(6, 6, 2, 1, 0), ServerBytes.of().pixel(0x010203, 0x040506).build());
        assertThat(row(fb, 6, 5, 3)).containsExactly(argb(0), argb(0x010203), argb(0x040506));
        assertThat(fb.get(7, 7)).isEqualTo(argb(0));
    }

    @Test
    void anEmptyRectangleReadsNothing() throws IOException {
        Framebuffer fb = new Framebuffer(4, 4);
        decodeAll(decoder, fb, new Rect(4, 4, 0, 0, 0), new byte[0]);
        decodeAll(decoder, fb, new Rect(0, 0, 4, 0, 0), new byte[0]);
    }

    @Test
    void truncatedBodiesEndInEof() {
        byte[] whole = ServerBytes.of().pixel(1, 2, 3, 4).build();
        for (int cut : new int[] {0, 1, 4, 15}) {
            byte[] truncated = Arrays.copyOf(whole, cut);
            assertThatThrownBy(() -> decodeAll(new RawDecoder(), new Framebuffer(4, 4), new Rect(0, 0, 2, 2, 0), truncated))
                    .as("cut at %d", cut).isInstanceOf(EOFException.class);
        }
    }

    @Test
    void aRectangleOffTheScreenIsRefusedBeforeItsBodyIsRead() {
        RfbInput empty = new RfbInput(new ByteArrayInputStream(new byte[0]));
        assertThatThrownBy(() -> decoder.decode(new Rect(3, 0, 2, 1, 0), empty, new Framebuffer(4, 4)))
                .isExactlyInstanceOf(RfbProtocolException.class).hasMessageContaining("outside");
    }
}
