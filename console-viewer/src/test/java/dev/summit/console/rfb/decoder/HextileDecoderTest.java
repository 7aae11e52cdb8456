package dev.summit.console.rfb.decoder;

import static dev.summit.console.rfb.decoder.ServerBytes.argb;
import static dev.summit.console.rfb.decoder.TightDecoderTest.decodeAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.Test;

class HextileDecoderTest {
    private static final int RAW = 1;
    private static final int BACKGROUND = 2;
    private static final int FOREGROUND = 4;
    private static final int ANY_SUBRECTS = 8;
    private static final int COLOURED = 16;

    private final HextileDecoder decoder = new HextileDecoder();

    @Test
    void aRawTileIsWidthTimesHeightPixels() throws IOException {
        int[] rgb = new int[16 * 16];
        Arrays.setAll(rgb, i -> i * 0x010203);
        Framebuffer fb = new Framebuffer(20, 20);
        decodeAll(decoder, fb, new Rect(2, 3, 16, 16, 5), ServerBytes.of().u8(RAW).pixel(rgb).build());
        assertScreen(fb, (x, y) -> x >= 2 && x < 18 && y >= 3 && y < 19 ? argb(rgb[(y - 3) * 16 + x - 2]) : 0);
    }

    @Test
    void tilesRunLeftToRightThenDownAndTheLastOnesAreSmaller() throws IOException {
        // 20×18 is four tiles: 16×16, 4×16, 16×2, 4×2. The second and fourth reuse the background.
        byte[] body = ServerBytes.of()
                .u8(BACKGROUND).pixel(0x111111)
                .u8(0)
                .u8(BACKGROUND).pixel(0x333333)
                .u8(RAW).pixel(1, 2, 3, 4, 5, 6, 7, 8).build();
        Framebuffer fb = new Framebuffer(20, 18);
        decodeAll(decoder, fb, new Rect(0, 0, 20, 18, 5), body);
        assertScreen(fb, (x, y) -> y < 16 ? argb(0x111111) : x < 16 ? argb(0x333333) : argb((y - 16) * 4 + x - 16 + 1));
    }

    @Test
    void subrectanglesInTheForegroundColour() throws IOException {
        // A 2×3 block at 1,2 and a 1×1 dot at 15,15.
        byte[] body = ServerBytes.of().u8(BACKGROUND | FOREGROUND | ANY_SUBRECTS).pixel(0x000080).pixel(0xFFFF00)
                .u8(2).u8(0x12, 0x12).u8(0xFF, 0x00).build();
        Framebuffer fb = new Framebuffer(16, 16);
        decodeAll(decoder, fb, new Rect(0, 0, 16, 16, 5), body);
        assertScreen(fb, (x, y) -> (x >= 1 && x < 3 && y >= 2 && y < 5) || (x == 15 && y == 15) ? argb(0xFFFF00) : argb(0x000080));
    }

    @Test
    void colouredSubrectanglesEachCarryTheirPixel() throws IOException {
        byte[] body = ServerBytes.of().u8(BACKGROUND | ANY_SUBRECTS | COLOURED).pixel(0x000000).u8(2)
                .pixel(0xFF0000).u8(0x00, 0xF0)  // the whole top row
                .pixel(0x00FF00).u8(0x01, 0x0E)  // the left column below it
                .build();
        Framebuffer fb = new Framebuffer(16, 16);
        decodeAll(decoder, fb, new Rect(0, 0, 16, 16, 5), body);
        assertScreen(fb, (x, y) -> y == 0 ? argb(0xFF0000) : x == 0 ? argb(0x00FF00) : argb(0));
    }

    @Test
    void backgroundAndForegroundCarryOverFromTileToTile() throws IOException {
        // Three tiles of 16×4: the second names neither colour, the third only a new background.
        byte[] body = ServerBytes.of()
                .u8(BACKGROUND | FOREGROUND | ANY_SUBRECTS).pixel(0x0000AA, 0xAA0000).u8(1, 0x00, 0x00)
                .u8(ANY_SUBRECTS).u8(1, 0x10, 0x00)
                .u8(BACKGROUND | ANY_SUBRECTS).pixel(0x00AA00).u8(1, 0x20, 0x00).build();
        Framebuffer fb = new Framebuffer(48, 4);
        decodeAll(decoder, fb, new Rect(0, 0, 48, 4, 5), body);
        assertScreen(fb, (x, y) -> y == 0 && (x == 0 || x == 17 || x == 34) ? argb(0xAA0000) : x < 32 ? argb(0x0000AA) : argb(0x00AA00));
    }

    @Test
    void coloursLostToARawTileAreTheLastOnesSentAndARectangleStartsFromBlack() throws IOException {
        // The spec wants colours re-sent after a raw tile; a server that does not gets its last ones.
        byte[] first = ServerBytes.of()
                .u8(BACKGROUND | FOREGROUND).pixel(0x123456, 0x654321)
                .u8(RAW).pixel(new int[16])
                .u8(ANY_SUBRECTS).u8(1, 0x00, 0x00).build();
        Framebuffer fb = new Framebuffer(48, 1);
        decodeAll(decoder, fb, new Rect(0, 0, 48, 1, 5), first);
        assertThat(fb.get(15, 0)).isEqualTo(argb(0x123456));
        assertThat(fb.get(20, 0)).isEqualTo(argb(0));
        assertThat(fb.get(32, 0)).isEqualTo(argb(0x654321));
        assertThat(fb.get(33, 0)).isEqualTo(argb(0x123456));

        decodeAll(decoder, fb, new Rect(0, 0, 2, 1, 5), ServerBytes.of().u8(ANY_SUBRECTS).u8(1, 0x10, 0x00).build());
        assertThat(fb.get(0, 0)).isEqualTo(argb(0));
        assertThat(fb.get(1, 0)).isEqualTo(argb(0));
    }

    @Test
    void aSubrectangleThatLeavesItsTileIsAProtocolError() throws RfbProtocolException {
        // The rectangle is 20×18, so its last tile is 4×2.
        byte[] lead = ServerBytes.of().u8(BACKGROUND).pixel(0).u8(0).u8(0).build();
        assertRefused(new Rect(0, 0, 20, 18, 5), concat(lead, ServerBytes.of().u8(FOREGROUND | ANY_SUBRECTS).pixel(1)
                .u8(1, 0x20, 0x20).build()), "Hextile subrectangle 3×1 at 2,0 does not fit its 4×2 tile");
        assertRefused(new Rect(0, 0, 20, 18, 5), concat(lead, ServerBytes.of().u8(ANY_SUBRECTS | COLOURED)
                .u8(1).pixel(1).u8(0x01, 0x01).build()), "1×2 at 0,1 does not fit its 4×2 tile");
        assertRefused(new Rect(0, 0, 16, 16, 5), ServerBytes.of().u8(ANY_SUBRECTS).u8(1, 0x88, 0x88).build(),
                "9×9 at 8,8 does not fit its 16×16 tile");
    }

    @Test
    void undefinedSubencodingBitsAreAProtocolError() throws RfbProtocolException {
        for (int mask : new int[] {0x20, 0x40, 0x80, 0xFF}) {
            assertRefused(new Rect(0, 0, 16, 16, 5), ServerBytes.of().u8(mask).pixel(new int[256]).build(), "undefined bits");
        }
    }

    @Test
    void truncatedBodiesEndInEof() throws IOException {
        byte[] whole = ServerBytes.of()
                .u8(BACKGROUND | FOREGROUND | ANY_SUBRECTS).pixel(1, 2).u8(2, 0x00, 0x00, 0x11, 0x11)
                .u8(RAW).pixel(new int[64])
                .u8(ANY_SUBRECTS | COLOURED).u8(1).pixel(3).u8(0x00, 0x00)
                .u8(0).build();
        Rect rect = new Rect(0, 0, 20, 17, 5);
        decodeAll(new HextileDecoder(), new Framebuffer(20, 17), rect, whole);
        for (int cut = 0; cut < whole.length; cut += 3) {
            byte[] truncated = Arrays.copyOf(whole, cut);
            Framebuffer fb = new Framebuffer(20, 17);
            assertThatThrownBy(() -> decodeAll(new HextileDecoder(), fb, rect, truncated))
                    .as("cut at %d", cut).isInstanceOf(EOFException.class);
        }
    }

    @Test
    void aRectangleOffTheScreenIsRefused() throws RfbProtocolException {
        Framebuffer fb = new Framebuffer(16, 16);
        assertThatThrownBy(() -> decodeAll(decoder, fb, new Rect(8, 0, 16, 16, 5), new byte[] {0}))
                .isExactlyInstanceOf(RfbProtocolException.class).hasMessageContaining("outside");
    }

    private void assertRefused(Rect rect, byte[] body, String message) throws RfbProtocolException {
        Framebuffer fb = new Framebuffer(rect.width(), rect.height());
        assertThatThrownBy(() -> decodeAll(new HextileDecoder(), fb, rect, body))
                .isExactlyInstanceOf(RfbProtocolException.class).hasMessageContaining(message);
    }

    static void assertScreen(Framebuffer fb, IntBinaryOperator expected) {
        for (int y = 0; y < fb.height(); y++) {
            for (int x = 0; x < fb.width(); x++) {
                assertThat(fb.get(x, y)).as("%d,%d", x, y).isEqualTo(expected.applyAsInt(x, y));
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return DecoderFuzzTest.concat(a, b);
    }
}
