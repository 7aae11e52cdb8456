package dev.summit.console.rfb.decoder;

import static dev.summit.console.rfb.decoder.TightDecoderTest.assertClose;
import static dev.summit.console.rfb.decoder.TightDecoderTest.decodeAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.console.rfb.decoder.TightWireTest.Wire;
import dev.summit.console.rfb.io.RfbProtocolException;
import dev.summit.console.turbojpeg.TurboJpeg;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tight's JPEG rectangles through libjpeg-turbo (Debian's libturbojpeg0, which ./run-tests installs)
 * against the JDK's ImageIO, the fallback: the same pictures within JPEG's own tolerance, the same
 * refusals, and ImageIO whenever the library is missing.
 */
class JpegCodecTest {
    /** Two decoders of the same JPEG file may round differently: upsampling and colour conversion differ slightly. */
    private static final int BETWEEN_DECODERS = 3;

    private static TurboJpeg library;

    @BeforeAll
    static void libjpegTurbo() {
        assertThat(TurboJpeg.system()).as("libjpeg-turbo (apt-get install libturbojpeg0; ./run-tests installs it)").isPresent();
        library = TurboJpeg.system().orElseThrow();
    }

    /** Gradients, hard edges and noise: what a desktop's JPEG rectangles hold. */
    private static BufferedImage desktopLike(int w, int h) {
        return Wire.image(w, h, (x, y) -> {
            int noise = (x * 73 + y * 151) * 0x9E3779B1 >>> 28;
            int r = x * 255 / w;
            int g = y * 255 / h;
            int b = (x / 8 + y / 8) % 2 == 0 ? 40 + noise : 200 - noise;
            return r << 16 | g << 8 | b;
        });
    }

    @Test
    void libjpegTurboDrawsWhatImageIoDrawsWithinJpegTolerance() throws IOException {
        BufferedImage image = desktopLike(67, 45);
        byte[] jpeg = Wire.jpeg(image, 0.8f);
        Rect rect = new Rect(5, 3, 67, 45, TightDecoder.ENCODING);
        Framebuffer turbo = new Framebuffer(80, 50);
        Framebuffer imageIo = new Framebuffer(80, 50);
        new TurboJpegCodec(library).draw(jpeg, jpeg.length, rect, turbo);
        new ImageIoJpegCodec().draw(jpeg, jpeg.length, rect, imageIo);
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 80; x++) {
                if (rect.x() <= x && x < rect.x() + 67 && rect.y() <= y && y < rect.y() + 45) {
                    assertClose(turbo.get(x, y), imageIo.get(x, y), BETWEEN_DECODERS);
                } else {
                    assertThat(turbo.get(x, y)).as("outside the rectangle at %d,%d", x, y).isZero();
                }
            }
        }
    }

    @Test
    void libjpegTurboKeepsItsBuffersAcrossImagesOfAnySize() throws IOException {
        TightDecoder decoder = new TightDecoder(new TurboJpegCodec(library));
        Framebuffer fb = new Framebuffer(300, 200);
        for (int[] size : new int[][] {{300, 200}, {8, 8}, {250, 16}, {1, 1}}) {
            int colour = size[0] * 0x010203;
            byte[] jpeg = Wire.jpeg(Wire.image(size[0], size[1], (x, y) -> colour), 0.95f);
            decodeAll(decoder, fb, new Rect(0, 0, size[0], size[1], 7), Wire.of().u8(0x90).compact(jpeg.length).bytes(jpeg).build());
            assertClose(fb.get(size[0] - 1, size[1] - 1), colour, 2);
        }
        assertThat(fb.get(299, 199)).as("untouched by the smaller images").isNotEqualTo(fb.get(0, 0));
    }

    @Test
    void bothRefuseAnImageOfAnotherSizeAndGarbage() throws RfbProtocolException {
        byte[] jpeg = Wire.jpeg(Wire.image(16, 16, (x, y) -> 0x808080), 0.9f);
        byte[] garbage = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4, 5, 6};
        for (JpegCodec codec : new JpegCodec[] {new TurboJpegCodec(library), new ImageIoJpegCodec()}) {
            Framebuffer fb = new Framebuffer(32, 32);
            assertThatThrownBy(() -> codec.draw(jpeg, jpeg.length, new Rect(0, 0, 16, 8, 7), fb))
                    .isExactlyInstanceOf(RfbProtocolException.class).hasMessageContaining("16×16");
            assertThatThrownBy(() -> codec.draw(garbage, garbage.length, new Rect(0, 0, 4, 4, 7), fb))
                    .isExactlyInstanceOf(RfbProtocolException.class).hasMessageContaining("could not be decoded");
            assertThat(fb.get(0, 0)).as("nothing drawn").isZero();
        }
    }

    @Test
    void onlyTheImagesBytesAreDecodedNotTheRestOfTheBuffer() throws IOException {
        byte[] jpeg = Wire.jpeg(Wire.image(8, 8, (x, y) -> 0x2060A0), 0.95f);
        byte[] padded = Arrays.copyOf(jpeg, jpeg.length + 100);
        Arrays.fill(padded, jpeg.length, padded.length, (byte) 0xFF);
        Framebuffer fb = new Framebuffer(8, 8);
        new TurboJpegCodec(library).draw(padded, jpeg.length, new Rect(0, 0, 8, 8, 7), fb);
        assertClose(fb.get(4, 4), 0x2060A0, 2);
    }

    @Test
    void imageIoIsUsedWhenLibjpegTurboIsMissing() throws IOException {
        assertThat(TurboJpeg.find("summit-no-such-turbojpeg")).isEmpty();
        assertThat(TurboJpeg.find("summit-no-such-turbojpeg", "z")).as("zlib loads but is no libjpeg-turbo").isEmpty();
        JpegCodec fallback = JpegCodec.of(Optional.empty());
        assertThat(fallback).isInstanceOf(ImageIoJpegCodec.class);
        assertThat(JpegCodec.best()).isInstanceOf(TurboJpegCodec.class);

        byte[] jpeg = Wire.jpeg(Wire.image(16, 16, (x, y) -> 0xC03020), 0.95f);
        Framebuffer fb = new Framebuffer(16, 16);
        decodeAll(new TightDecoder(fallback), fb, new Rect(0, 0, 16, 16, 7),
                Wire.of().u8(0x90).compact(jpeg.length).bytes(jpeg).build());
        assertClose(fb.get(8, 8), 0xC03020, 3);
    }
}
