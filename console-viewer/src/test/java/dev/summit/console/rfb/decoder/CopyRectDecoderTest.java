package dev.summit.console.rfb.decoder;

import static dev.summit.console.rfb.decoder.TightDecoderTest.decodeAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CopyRectDecoderTest {
    private static final int W = 10;
    private static final int H = 8;

    private final CopyRectDecoder decoder = new CopyRectDecoder();

    @Test
    void copiesFromAnotherPartOfTheScreen() throws IOException {
        assertCopy(0, 0, 5, 4, 3, 2);
    }

    @Test
    void overlappingCopiesReadTheScreenAsItWasBeforeTheCopy() throws IOException {
        assertCopy(1, 1, 2, 3, 6, 4); // down and right
        assertCopy(2, 3, 1, 1, 6, 4); // up and left
        assertCopy(0, 2, 1, 2, 8, 3); // right along the same rows
        assertCopy(3, 0, 1, 0, 6, 8); // left along the same rows, full height
        assertCopy(0, 0, 0, 0, W, H); // onto itself
    }

    @Test
    void theSourceMayTouchTheScreensEdges() throws IOException {
        assertCopy(W - 3, H - 2, 0, 0, 3, 2);
    }

    @Test
    void anEmptyRectangleStillReadsItsSource() throws IOException {
        Framebuffer fb = patterned();
        decodeAll(decoder, fb, new Rect(W, H, 0, 0, 1), ServerBytes.of().u16(W, H).build());
    }

    @Test
    void aSourceOffTheScreenIsAProtocolError() throws RfbProtocolException {
        int[][] sources = {{W - 2, 0}, {0, H - 1}, {65535, 0}, {0, 65535}, {65535, 65535}};
        for (int[] source : sources) {
            Framebuffer fb = patterned();
            byte[] body = ServerBytes.of().u16(source[0], source[1]).build();
            assertThatThrownBy(() -> decodeAll(decoder, fb, new Rect(0, 0, 3, 2, 1), body))
                    .as("source %d,%d", source[0], source[1])
                    .isExactlyInstanceOf(RfbProtocolException.class)
                    .hasMessageContaining("CopyRect source 3×2 at " + source[0] + "," + source[1])
                    .hasMessageContaining("outside the 10×8 screen");
        }
    }

    @Test
    void truncatedBodiesEndInEof() throws RfbProtocolException {
        for (int cut = 0; cut < 4; cut++) {
            byte[] body = Arrays.copyOf(ServerBytes.of().u16(1, 1).build(), cut);
            Framebuffer fb = patterned();
            assertThatThrownBy(() -> decodeAll(decoder, fb, new Rect(0, 0, 2, 2, 1), body))
                    .as("cut at %d", cut).isInstanceOf(EOFException.class);
        }
    }

    private void assertCopy(int srcX, int srcY, int x, int y, int w, int h) throws IOException {
        Framebuffer fb = patterned();
        int[] before = new int[W * H];
        fb.copyTo(before);
        fb.takeDamage();
        decodeAll(decoder, fb, new Rect(x, y, w, h, 1), ServerBytes.of().u16(srcX, srcY).build());
        for (int py = 0; py < H; py++) {
            for (int px = 0; px < W; px++) {
                boolean inside = px >= x && px < x + w && py >= y && py < y + h;
                int expected = inside ? before[(srcY + py - y) * W + srcX + px - x] : before[py * W + px];
                assertThat(fb.get(px, py)).as("%d,%d", px, py).isEqualTo(expected);
            }
        }
        assertThat(fb.takeDamage()).containsExactly(x, y, w, h);
    }

    private static Framebuffer patterned() throws RfbProtocolException {
        Framebuffer fb = new Framebuffer(W, H);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                fb.set(x, y, 0xFF000000 | y << 8 | x);
            }
        }
        return fb;
    }
}
