package dev.summit.console.rfb.decoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.console.rfb.decoder.TightWireTest.Wire;
import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class TightDecoderTest {
    private final TightDecoder decoder = new TightDecoder();

    @Test
    void fillPaintsTheWholeRectangleWithOneRgbTpixel() throws IOException {
        Framebuffer fb = new Framebuffer(8, 8);
        decodeAll(decoder, fb, new Rect(1, 1, 4, 3, 7), Wire.of().u8(0x80).u8(0x12, 0x34, 0x56).build());
        assertThat(fb.get(1, 1)).isEqualTo(0xFF123456);
        assertThat(fb.get(4, 3)).isEqualTo(0xFF123456);
        assertThat(fb.get(5, 3)).isZero();
        assertThat(fb.get(1, 4)).isZero();
    }

    @Test
    void copyFilterUnderTwelveBytesIsSentAsIs() throws IOException {
        Framebuffer fb = new Framebuffer(4, 4);
        decodeAll(decoder, fb, new Rect(1, 2, 3, 1, 7),
                Wire.of().u8(0x00).bytes(Wire.tpixels(0xFF0000, 0x00FF00, 0x0000FF)).build());
        assertThat(row(fb, 2, 1, 3)).containsExactly(0xFFFF0000, 0xFF00FF00, 0xFF0000FF);
    }

    @Test
    void copyFilterCompressedOnAnExplicitStream() throws IOException {
        Framebuffer fb = new Framebuffer(4, 4);
        int[] rgb = new int[16];
        Arrays.setAll(rgb, i -> i * 0x0F0E0D);
        // Kind 0x6: explicit filter byte, stream 2.
        byte[] body = Wire.of().u8(0x60, 0).zlib(new Deflater(), Wire.tpixels(rgb)).build();
        decodeAll(decoder, fb, new Rect(0, 0, 4, 4, 7), body);
        for (int i = 0; i < 16; i++) {
            assertThat(fb.get(i % 4, i / 4)).isEqualTo(0xFF000000 | rgb[i]);
        }
    }

    @Test
    void twoColourPaletteUsesOneBitPerPixelAndIgnoresRowPadding() throws IOException {
        Framebuffer fb = new Framebuffer(10, 2);
        // 10 pixels a row: two bytes, the last six bits padding (set here, to prove they are ignored).
        byte[] body = Wire.of().u8(0x40, 1, 1).bytes(Wire.tpixels(0x101010, 0xF0F0F0))
                .u8(0b1010_1010, 0b11_111111, 0b0101_0101, 0b01_111111).build();
        decodeAll(decoder, fb, new Rect(0, 0, 10, 2, 7), body);
        int a = 0xFF101010;
        int b = 0xFFF0F0F0;
        assertThat(row(fb, 0, 0, 10)).containsExactly(b, a, b, a, b, a, b, a, b, b);
        assertThat(row(fb, 1, 0, 10)).containsExactly(a, b, a, b, a, b, a, b, a, b);
    }

    @Test
    void twoColourPaletteCompressed() throws IOException {
        Framebuffer fb = new Framebuffer(20, 8);
        byte[] bits = new byte[3 * 8];
        for (int y = 0; y < 8; y++) {
            bits[y * 3] = (byte) (1 << (7 - y)); // a diagonal in the first eight columns
        }
        byte[] body = Wire.of().u8(0x50, 1, 1).bytes(Wire.tpixels(0x000000, 0xFFFFFF)).zlib(new Deflater(), bits).build();
        decodeAll(decoder, fb, new Rect(0, 0, 20, 8, 7), body);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 20; x++) {
                assertThat(fb.get(x, y)).as("%d,%d", x, y).isEqualTo(x == y ? 0xFFFFFFFF : 0xFF000000);
            }
        }
    }

    @Test
    void fiveColourPaletteUsesOneBytePerPixel() throws IOException {
        Framebuffer fb = new Framebuffer(4, 3);
        int[] colours = {0x000000, 0xFF0000, 0x00FF00, 0x0000FF, 0x808080};
        byte[] indices = {0, 1, 2, 3, 4, 3, 2, 1, 0, 0, 4, 4};
        byte[] body = Wire.of().u8(0x40, 1, 4).bytes(Wire.tpixels(colours)).zlib(new Deflater(), indices).build();
        decodeAll(decoder, fb, new Rect(0, 0, 4, 3, 7), body);
        for (int i = 0; i < indices.length; i++) {
            assertThat(fb.get(i % 4, i / 4)).isEqualTo(0xFF000000 | colours[indices[i]]);
        }
    }

    @Test
    void gradientFilterAddsTheClampedPrediction() throws IOException {
        // Differences worked out by hand from the spec's pseudo-code, for pixels
        // row 0: (10,20,30) (250,5,128) (0,255,64); row 1: (240,0,100) (255,3,200) (1,2,3).
        // Pixel (1,1) predicts red 240+250-10 = 480 -> 255 and green 0+5-20 = -15 -> 0.
        byte[] differences = Wire.of()
                .u8(10, 20, 30, 240, 241, 98, 6, 250, 192)
                .u8(230, 236, 70, 0, 3, 2, 252, 5, 123).build();
        Framebuffer fb = new Framebuffer(3, 2);
        decodeAll(decoder, fb, new Rect(0, 0, 3, 2, 7), Wire.of().u8(0x40, 2).zlib(new Deflater(), differences).build());
        assertThat(row(fb, 0, 0, 3)).containsExactly(0xFF0A141E, 0xFFFA0580, 0xFF00FF40);
        assertThat(row(fb, 1, 0, 3)).containsExactly(0xFFF00064, 0xFFFF03C8, 0xFF010203);
    }

    @Test
    void jpegIsDecodedWithinJpegTolerance() throws IOException {
        int[] quadrants = {0xC03020, 0x20C040, 0x3040C0, 0xE0E0E0};
        BufferedImage image = Wire.image(32, 32, (x, y) -> quadrants[(y / 16) * 2 + x / 16]);
        byte[] jpeg = Wire.jpeg(image, 0.95f);
        Framebuffer fb = new Framebuffer(40, 40);
        decodeAll(decoder, fb, new Rect(4, 4, 32, 32, 7), Wire.of().u8(0x90).compact(jpeg.length).bytes(jpeg).build());
        // Away from the quadrant edges: JPEG's smoothed chroma legitimately bleeds across them.
        for (int y = 2; y < 32; y += (y % 16 == 13) ? 5 : 1) {
            for (int x = 2; x < 32; x += (x % 16 == 13) ? 5 : 1) {
                assertClose(fb.get(4 + x, 4 + y), image.getRGB(x, y), 10);
            }
        }
        assertThat(fb.get(3, 3)).isZero();
    }

    @Test
    void zlibStreamsPersistAcrossRectanglesUntilReset() throws IOException {
        Framebuffer fb = new Framebuffer(4, 4);
        Rect rect = new Rect(0, 0, 4, 4, 7);
        Deflater server = new Deflater();
        // Kind 0x1 = stream 1, copy filter. The second body only makes sense with the first's history.
        decodeAll(decoder, fb, rect, Wire.of().u8(0x10).zlib(server, Wire.solid(16, 0x112233)).build());
        decodeAll(decoder, fb, rect, Wire.of().u8(0x10).zlib(server, Wire.solid(16, 0x112233)).build());
        assertThat(fb.get(3, 3)).isEqualTo(0xFF112233);

        // A fresh server-side stream without a reset bit is garbage to the client's stream 1...
        byte[] unannounced = Wire.of().u8(0x10).zlib(new Deflater(), Wire.solid(16, 0x445566)).build();
        assertThatThrownBy(() -> decodeAll(decoder, fb, rect, unannounced)).isInstanceOf(RfbProtocolException.class);

        // ...and fine once bit 1 resets it, even when the rectangle carrying the bit is a fill.
        decodeAll(decoder, fb, rect, Wire.of().u8(0x82).u8(0, 0, 0).build());
        decodeAll(decoder, fb, rect, Wire.of().u8(0x10).zlib(new Deflater(), Wire.solid(16, 0x445566)).build());
        assertThat(fb.get(0, 0)).isEqualTo(0xFF445566);
        decodeAll(decoder, fb, rect, Wire.of().u8(0x12).zlib(new Deflater(), Wire.solid(16, 0x778899)).build());
        assertThat(fb.get(2, 1)).isEqualTo(0xFF778899);
    }

    @Test
    void truncatedBodiesEndInEof() {
        byte[] whole = Wire.of().u8(0x00).zlib(new Deflater(), Wire.solid(16, 0x123456)).build();
        for (int cut : new int[] {0, 1, 2, whole.length / 2, whole.length - 1}) {
            byte[] truncated = Arrays.copyOf(whole, cut);
            assertThatThrownBy(() -> decodeAll(new TightDecoder(), new Framebuffer(4, 4), new Rect(0, 0, 4, 4, 7), truncated))
                    .as("cut at %d", cut).isInstanceOf(EOFException.class);
        }
        byte[] palette = Wire.of().u8(0x40, 1, 2).u8(1, 2, 3, 4, 5).build();
        assertThatThrownBy(() -> decodeAll(decoder, new Framebuffer(4, 4), new Rect(0, 0, 4, 4, 7), palette))
                .isInstanceOf(EOFException.class);
    }

    @Test
    void invalidBodiesAreProtocolErrors() throws RfbProtocolException {
        Rect rect = new Rect(0, 0, 4, 4, 7);
        assertRefused(rect, Wire.of().u8(0x40, 3).build(), "filter 3");
        assertRefused(rect, Wire.of().u8(0x40, 1, 0).bytes(Wire.tpixels(0x010203)).build(), "palette of 1");
        byte[] badIndex = {0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3};
        assertRefused(rect, Wire.of().u8(0x40, 1, 2).bytes(Wire.tpixels(1, 2, 3)).zlib(new Deflater(), badIndex).build(),
                "index 3");
        // 48 bytes of pixels can never need 4 MiB of zlib; refused before the body is read.
        assertRefused(rect, Wire.of().u8(0x00).compact(TightWire.MAX_COMPACT_LENGTH).build(), "too large");
        assertRefused(rect, Wire.of().u8(0x00).zlib(new Deflater(), new byte[48 + 1]).build(), "beyond");
        assertRefused(rect, Wire.of().u8(0x00).zlib(new Deflater(), new byte[48 - 1]).build(), "ran out");
        assertRefused(rect, Wire.of().u8(0x00).compact(20).bytes(new byte[20]).build(), "corrupt");
        for (int kind = 0xA; kind <= 0xF; kind++) {
            assertRefused(rect, Wire.of().u8(kind << 4).compact(1).u8(0).build(), "not allowed");
        }
    }

    @Test
    void aZlibBombIsStoppedOneByteAfterTheRectangle() throws RfbProtocolException {
        // 10 MB of zeros deflate to ~10 KB: far more than a 64×64 rectangle's 12,288 bytes.
        Rect rect = new Rect(0, 0, 64, 64, 7);
        assertRefused(rect, Wire.of().u8(0x00).zlib(new Deflater(9), new byte[10_000_000]).build(), "beyond");
    }

    @Test
    void imagesMustMatchTheRectangle() throws RfbProtocolException {
        byte[] jpeg = Wire.jpeg(Wire.image(16, 16, (x, y) -> 0x808080), 0.9f);
        assertRefused(new Rect(0, 0, 16, 8, 7), Wire.of().u8(0x90).compact(jpeg.length).bytes(jpeg).build(), "16×16");
        assertRefused(new Rect(0, 0, 4, 4, 7), Wire.of().u8(0x90).compact(3).u8(1, 2, 3).build(), "could not be decoded");
    }

    @Test
    void rectanglesWiderThanTheSpecs2048AreAcceptedBecauseRealServersSendThem() throws IOException {
        Framebuffer wide = new Framebuffer(4096, 2);
        // 4096 one-bit pixels of colour 0 (black), then 4096 copied TPIXELs (a new server stream, so reset 0).
        decodeAll(decoder, wide, new Rect(0, 0, 4096, 1, 7),
                Wire.of().u8(0x40, 1, 1).bytes(Wire.tpixels(0x000000, 0xFFFFFF)).zlib(new Deflater(), new byte[512]).build());
        decodeAll(decoder, wide, new Rect(0, 1, 4096, 1, 7), Wire.of().u8(0x01).zlib(new Deflater(), Wire.solid(4096, 0x090807)).build());
        assertThat(wide.get(4095, 0)).isEqualTo(0xFF000000);
        assertThat(wide.get(4095, 1)).isEqualTo(0xFF090807);
    }

    @Test
    void aRectangleOffTheScreenIsRefusedBeforeItsBodyIsRead() {
        RfbInput empty = new RfbInput(new ByteArrayInputStream(new byte[0]));
        assertThatThrownBy(() -> decoder.decode(new Rect(2, 2, 4, 4, 7), empty, new Framebuffer(4, 4)))
                .isInstanceOf(RfbProtocolException.class).hasMessageContaining("outside");
    }

    private void assertRefused(Rect rect, byte[] body, String message) throws RfbProtocolException {
        Framebuffer fb = new Framebuffer(64, 64);
        assertThatThrownBy(() -> decodeAll(new TightDecoder(), fb, rect, body))
                .isExactlyInstanceOf(RfbProtocolException.class).hasMessageContaining(message);
    }

    /** Decodes one rectangle and checks the decoder consumed its body exactly, keeping the stream in step. */
    static void decodeAll(Decoder decoder, Framebuffer fb, Rect rect, byte[] body) throws IOException {
        RfbInput in = new RfbInput(new ByteArrayInputStream(body));
        decoder.decode(rect, in, fb);
        assertThat(in.bytesRead()).as("bytes consumed").isEqualTo(body.length);
    }

    static int[] row(Framebuffer fb, int y, int x, int count) {
        int[] pixels = new int[count];
        for (int i = 0; i < count; i++) {
            pixels[i] = fb.get(x + i, y);
        }
        return pixels;
    }

    static void assertClose(int actual, int expected, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int a = actual >> shift & 0xFF;
            int e = expected >> shift & 0xFF;
            assertThat(Math.abs(a - e)).as("channel at bit %d of %08X vs %08X", shift, actual, expected)
                    .isLessThanOrEqualTo(tolerance);
        }
        assertThat(actual >>> 24).isEqualTo(0xFF);
    }
}
