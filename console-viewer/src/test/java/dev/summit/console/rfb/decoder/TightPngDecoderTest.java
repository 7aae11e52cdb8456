package dev.summit.console.rfb.decoder;

import static dev.summit.console.rfb.decoder.TightDecoderTest.assertClose;
import static dev.summit.console.rfb.decoder.TightDecoderTest.decodeAll;
import static dev.summit.console.rfb.decoder.TightDecoderTest.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.console.rfb.decoder.TightWireTest.Wire;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class TightPngDecoderTest {
    private final TightPngDecoder decoder = new TightPngDecoder();

    @Test
    void pngIsDrawnExactly() throws IOException {
        BufferedImage image = Wire.image(5, 3, (x, y) -> x * 0x330000 | y * 0x007700 | 0x11);
        byte[] png = Wire.png(image);
        Framebuffer fb = new Framebuffer(8, 8);
        decodeAll(decoder, fb, new Rect(2, 4, 5, 3, -260), Wire.of().u8(0xA0).compact(png.length).bytes(png).build());
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 5; x++) {
                assertThat(fb.get(2 + x, 4 + y)).isEqualTo(0xFF000000 | image.getRGB(x, y));
            }
        }
        assertThat(fb.get(1, 4)).isZero();
    }

    @Test
    void pngAlphaIsIgnoredBecauseTheScreenIsOpaque() throws IOException {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0x80123456);
        image.setRGB(1, 0, 0xFF654321);
        byte[] png = Wire.png(image);
        Framebuffer fb = new Framebuffer(2, 1);
        decodeAll(decoder, fb, new Rect(0, 0, 2, 1, -260), Wire.of().u8(0xA0).compact(png.length).bytes(png).build());
        assertThat(row(fb, 0, 0, 2)).containsExactly(0xFF123456, 0xFF654321);
    }

    @Test
    void fillAndJpegWorkAsInTightAndResetBitsAreHarmless() throws IOException {
        Framebuffer fb = new Framebuffer(16, 16);
        decodeAll(decoder, fb, new Rect(0, 0, 16, 16, -260), Wire.of().u8(0x8F, 0xAB, 0xCD, 0xEF).build());
        assertThat(fb.get(15, 15)).isEqualTo(0xFFABCDEF);

        byte[] jpeg = Wire.jpeg(Wire.image(8, 8, (x, y) -> 0x4080C0), 0.95f);
        decodeAll(decoder, fb, new Rect(8, 0, 8, 8, -260), Wire.of().u8(0x93).compact(jpeg.length).bytes(jpeg).build());
        assertClose(fb.get(12, 4), 0x4080C0, 6);
        assertThat(fb.get(7, 4)).isEqualTo(0xFFABCDEF);
    }

    @Test
    void basicCompressionIsForbidden() throws RfbProtocolException {
        for (int kind = 0; kind <= 7; kind++) {
            assertRefused(new Rect(0, 0, 2, 2, -260), Wire.of().u8(kind << 4, 0).build(), "forbids");
        }
        for (int kind = 0xB; kind <= 0xF; kind++) {
            assertRefused(new Rect(0, 0, 2, 2, -260), Wire.of().u8(kind << 4, 0).build(), "not allowed");
        }
    }

    @Test
    void pngOfTheWrongSizeIsRefused() throws RfbProtocolException {
        byte[] png = Wire.png(Wire.image(4, 4, (x, y) -> 0));
        assertRefused(new Rect(0, 0, 4, 3, -260), Wire.of().u8(0xA0).compact(png.length).bytes(png).build(), "4×4");
    }

    @Test
    void aHugePngHeaderIsRefusedBeforeItsPixelsAreDecoded() throws RfbProtocolException {
        byte[] png = withHeaderSize(Wire.png(Wire.image(4, 4, (x, y) -> 0)), 100_000, 100_000);
        assertRefused(new Rect(0, 0, 4, 4, -260), Wire.of().u8(0xA0).compact(png.length).bytes(png).build(),
                "100000×100000");
    }

    @Test
    void corruptOrTruncatedImagesFailCleanly() throws RfbProtocolException {
        assertRefused(new Rect(0, 0, 4, 4, -260), Wire.of().u8(0xA0).compact(10).u8(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).build(),
                "could not be decoded");
        assertRefused(new Rect(0, 0, 4, 4, -260), Wire.of().u8(0xA0).compact(0).build(), "empty");
        // Noise, so the pixel data is long enough to be cut in the middle.
        byte[] png = Wire.png(Wire.image(16, 16, (x, y) -> (x * 31 + y) * 0x9E3779B1));
        byte[] cut = Arrays.copyOf(png, png.length / 2);
        assertRefused(new Rect(0, 0, 16, 16, -260), Wire.of().u8(0xA0).compact(cut.length).bytes(cut).build(), "png");
        // The connection ends mid-image.
        byte[] body = Wire.of().u8(0xA0).compact(png.length).bytes(Arrays.copyOf(png, 20)).build();
        assertThatThrownBy(() -> decodeAll(decoder, new Framebuffer(16, 16), new Rect(0, 0, 16, 16, -260), body))
                .isInstanceOf(EOFException.class);
    }

    private void assertRefused(Rect rect, byte[] body, String message) throws RfbProtocolException {
        Framebuffer fb = new Framebuffer(16, 16);
        assertThatThrownBy(() -> decodeAll(decoder, fb, rect, body))
                .isExactlyInstanceOf(RfbProtocolException.class).hasMessageContaining(message);
    }

    /** Rewrites IHDR's width and height (and its CRC, so the file is otherwise valid). */
    static byte[] withHeaderSize(byte[] png, int width, int height) {
        byte[] patched = png.clone();
        ByteBuffer buffer = ByteBuffer.wrap(patched);
        // Signature (8), length (4), "IHDR" (4), then width and height; the CRC covers type + 13 data bytes.
        buffer.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(patched, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return patched;
    }
}
