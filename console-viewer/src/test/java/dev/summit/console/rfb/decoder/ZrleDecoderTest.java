package dev.summit.console.rfb.decoder;

import static dev.summit.console.rfb.decoder.HextileDecoderTest.assertScreen;
import static dev.summit.console.rfb.decoder.ServerBytes.argb;
import static dev.summit.console.rfb.decoder.TightDecoderTest.decodeAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class ZrleDecoderTest {
    private static final int[] COLOURS = {0x000000, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00, 0x00FFFF, 0xFF00FF, 0xFFFFFF,
        0x800000, 0x008000, 0x000080, 0x808000, 0x008080, 0x800080, 0x808080, 0xC0C0C0};

    private final ZrleDecoder decoder = new ZrleDecoder();
    private final Deflater server = new Deflater();

    @Test
    void rawTileOfBlueGreenRedCpixels() throws IOException {
        Framebuffer fb = new Framebuffer(4, 4);
        decode(fb, new Rect(1, 1, 2, 2, 16), ServerBytes.of().u8(0).cpixel(0x112233, 0x445566, 0x778899, 0xAABBCC));
        assertScreen(fb, (x, y) -> x == 0 || y == 0 || x == 3 || y == 3 ? 0
                : argb(new int[] {0x112233, 0x445566, 0x778899, 0xAABBCC}[(y - 1) * 2 + x - 1]));
    }

    @Test
    void tilesAre64SquareLeftToRightThenDown() throws IOException {
        // 130×70: tiles 64×64, 64×64, 2×64 over 64×6, 64×6, 2×6, each solid in its own colour.
        ServerBytes body = ServerBytes.of();
        for (int i = 0; i < 6; i++) {
            body.u8(1).cpixel(COLOURS[i + 1]);
        }
        Framebuffer fb = new Framebuffer(130, 70);
        decode(fb, new Rect(0, 0, 130, 70, 16), body);
        assertScreen(fb, (x, y) -> argb(COLOURS[1 + (y / 64) * 3 + x / 64]));
    }

    @Test
    void packedPalettesUseOneTwoOrFourBitsAndPadEachRow() throws IOException {
        // Widths 10, 5 and 3 leave padding bits (set, to prove they are ignored) at the end of each row.
        for (int size : new int[] {2, 3, 4, 5, 16}) {
            int bits = size == 2 ? 1 : size <= 4 ? 2 : 4;
            int w = bits == 1 ? 10 : bits == 2 ? 5 : 3;
            int h = 3;
            int rowBytes = (w * bits + 7) / 8;
            byte[] packed = new byte[rowBytes * h];
            Arrays.fill(packed, (byte) 0xFF);
            int[] expected = new int[w * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int index = (x + 2 * y) % size;
                    int shift = 8 - bits - (x * bits) % 8;
                    int at = y * rowBytes + x * bits / 8;
                    packed[at] = (byte) (packed[at] & ~(((1 << bits) - 1) << shift) | index << shift);
                    expected[y * w + x] = argb(COLOURS[index]);
                }
            }
            Framebuffer fb = new Framebuffer(w, h);
            decode(fb, new Rect(0, 0, w, h, 16), ServerBytes.of().u8(size).cpixel(Arrays.copyOf(COLOURS, size)).bytes(packed));
            assertScreen(fb, (x, y) -> expected[y * w + x]);
        }
    }

    @Test
    void plainRleRunsCrossRowsAndLongRunsTakeSeveralBytes() throws IOException {
        // A 64×64 tile: 1 pixel, a run of 300 (bytes 255, 44) across rows, 510 (255, 254), 511 (255, 255, 0), the rest.
        int rest = 64 * 64 - 1 - 300 - 510 - 511;
        ServerBytes body = ServerBytes.of().u8(128)
                .cpixel(COLOURS[1]).u8(0)
                .cpixel(COLOURS[2]).u8(255, 44)
                .cpixel(COLOURS[3]).u8(255, 254)
                .cpixel(COLOURS[4]).u8(255, 255, 0)
                .cpixel(COLOURS[5]).runLength(rest);
        Framebuffer fb = new Framebuffer(64, 64);
        decode(fb, new Rect(0, 0, 64, 64, 16), body);
        int[] ends = {1, 301, 811, 1322, 4096};
        assertScreen(fb, (x, y) -> {
            int i = y * 64 + x;
            int run = 0;
            while (i >= ends[run]) {
                run++;
            }
            return argb(COLOURS[run + 1]);
        });
    }

    @Test
    void paletteRleMixesSinglePixelsAndRuns() throws IOException {
        // 5×2 with three colours: index 2 alone, index 0 for 4, index 1 for 3, index 2 alone, index 0 alone.
        ServerBytes body = ServerBytes.of().u8(128 + 3).cpixel(COLOURS[4], COLOURS[5], COLOURS[6])
                .u8(2).u8(0x80, 3).u8(0x81, 2).u8(2).u8(0);
        int[] expected = {6, 4, 4, 4, 4, 5, 5, 5, 6, 4};
        Framebuffer fb = new Framebuffer(5, 2);
        decode(fb, new Rect(0, 0, 5, 2, 16), body);
        assertScreen(fb, (x, y) -> argb(COLOURS[expected[y * 5 + x]]));
    }

    @Test
    void oneStreamLastsTheWholeConnection() throws IOException {
        Framebuffer fb = new Framebuffer(8, 8);
        decode(fb, new Rect(0, 0, 8, 8, 16), ServerBytes.of().u8(1).cpixel(0x010203));
        decode(fb, new Rect(4, 4, 4, 4, 16), ServerBytes.of().u8(1).cpixel(0x040506));
        assertThat(fb.get(3, 3)).isEqualTo(argb(0x010203));
        assertThat(fb.get(4, 4)).isEqualTo(argb(0x040506));
        byte[] fresh = ServerBytes.of().zlib(new Deflater(), new byte[] {1, 7, 8, 9}).build();
        assertThatThrownBy(() -> decodeAll(decoder, fb, new Rect(0, 0, 1, 1, 16), fresh))
                .isExactlyInstanceOf(RfbProtocolException.class).hasMessageContaining("ZRLE stream is corrupt");
    }

    @Test
    void undefinedSubencodingsAreProtocolErrors() throws IOException {
        for (int subencoding : new int[] {17, 100, 127, 129}) {
            assertRefused(new Rect(0, 0, 2, 2, 16), ServerBytes.of().u8(subencoding).bytes(new byte[40]),
                    "ZRLE subencoding " + subencoding + " of the tile at 0,0 is not defined");
        }
    }

    @Test
    void paletteIndicesBeyondThePaletteAreProtocolErrors() throws IOException {
        Rect rect = new Rect(0, 0, 2, 1, 16);
        assertRefused(rect, ServerBytes.of().u8(3).cpixel(1, 2, 3).u8(0b0011_0000), "ZRLE palette index 3 is beyond its 3 colours");
        assertRefused(rect, ServerBytes.of().u8(5).cpixel(1, 2, 3, 4, 5).u8(0x0F), "index 15 is beyond its 5 colours");
        assertRefused(rect, ServerBytes.of().u8(130).cpixel(1, 2).u8(0, 2), "index 2 is beyond its 2 colours");
        assertRefused(rect, ServerBytes.of().u8(130).cpixel(1, 2).u8(0xFF, 0), "index 127 is beyond its 2 colours");
    }

    @Test
    void runsLongerThanWhatIsLeftOfTheirTileAreProtocolErrors() throws IOException {
        Rect rect = new Rect(0, 0, 3, 2, 16);
        assertRefused(rect, ServerBytes.of().u8(128).cpixel(1).u8(6), "ZRLE run of 7 pixels is longer than the 6 pixels left");
        assertRefused(rect, ServerBytes.of().u8(128).cpixel(1).u8(1).cpixel(2).u8(4), "run of 5 pixels is longer than the 4");
        assertRefused(rect, ServerBytes.of().u8(130).cpixel(1, 2).u8(1, 0x80, 5), "run of 6 pixels is longer than the 5");
        // Runs never continue into the next tile: 64 + 1 pixels in the first of two tiles.
        assertRefused(new Rect(0, 0, 65, 1, 16), ServerBytes.of().u8(128).cpixel(1).u8(64), "run of 65 pixels is longer than the 64");
        // A length that keeps going with 255s is stopped as soon as it passes the tile, long before the data ends.
        byte[] endless = new byte[100_000];
        Arrays.fill(endless, (byte) 255);
        assertRefused(new Rect(0, 0, 64, 64, 16), ServerBytes.of().u8(128).cpixel(1).bytes(endless),
                "run of at least 4336 pixels is longer than the 4096");
    }

    @Test
    void chunksThatInflateToTooLittleOrTooMuchAreProtocolErrors() throws IOException {
        Rect rect = new Rect(0, 0, 2, 2, 16);
        assertRefused(rect, ServerBytes.of().u8(0).cpixel(1, 2, 3), "ZRLE data ran out before the end of its rectangle");
        assertRefused(rect, ServerBytes.of().u8(1).cpixel(1).u8(0), "ZRLE data inflates beyond its rectangle");
        // 2×2 takes at most 1 + 381 + 16 inflated bytes; 64 KiB of zlib is refused before it is read.
        byte[] tooLong = ServerBytes.of().u32(65536).build();
        assertThatThrownBy(() -> decodeAll(new ZrleDecoder(), new Framebuffer(2, 2), rect, tooLong))
                .isExactlyInstanceOf(RfbProtocolException.class).hasMessageContaining("ZRLE data of 65536 bytes is over the limit");
    }

    @Test
    void truncatedBodiesEndInEof() throws IOException {
        byte[] whole = ServerBytes.of().zlib(new Deflater(), ServerBytes.of().u8(0).cpixel(1, 2, 3, 4).build()).build();
        for (int cut : new int[] {0, 3, 4, 6, whole.length - 1}) {
            byte[] truncated = Arrays.copyOf(whole, cut);
            assertThatThrownBy(() -> decodeAll(new ZrleDecoder(), new Framebuffer(2, 2), new Rect(0, 0, 2, 2, 16), truncated))
                    .as("cut at %d", cut).isInstanceOf(EOFException.class);
        }
    }

    @Test
    void theLengthBoundCoversTheWorstCaseTile() {
        assertThat(ZrleDecoder.inflatedAtMost(new Rect(0, 0, 64, 64, 16))).isEqualTo(1 + 127 * 3 + 64 * 64 * 4);
        assertThat(ZrleDecoder.inflatedAtMost(new Rect(0, 0, 65, 1, 16))).isEqualTo(2 * (1 + 127 * 3) + 65 * 4);
        assertThat(ZrleDecoder.inflatedAtMost(new Rect(0, 0, 0, 0, 16))).isZero();
    }

    /** Deflates {@code tiles} on this test's persistent server stream and decodes them. */
    private void decode(Framebuffer fb, Rect rect, ServerBytes tiles) throws IOException {
        decodeAll(decoder, fb, rect, ServerBytes.of().zlib(server, tiles.build()).build());
    }

    private static void assertRefused(Rect rect, ServerBytes tiles, String message) throws IOException {
        byte[] body = ServerBytes.of().zlib(new Deflater(), tiles.build()).build();
        Framebuffer fb = new Framebuffer(Math.max(1, rect.width()), Math.max(1, rect.height()));
        assertThatThrownBy(() -> decodeAll(new ZrleDecoder(), fb, rect, body))
                .isExactlyInstanceOf(RfbProtocolException.class).hasMessageContaining(message);
    }
}
