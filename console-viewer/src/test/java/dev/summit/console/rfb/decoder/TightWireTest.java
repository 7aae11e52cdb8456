package dev.summit.console.rfb.decoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.console.rfb.io.RfbInput;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.IntBinaryOperator;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;

class TightWireTest {
    @Test
    void compactLengthMatchesTheSpecExample() throws IOException {
        // The spec's own example: 10000 is sent as 0x90 0x4E.
        assertThat(Wire.of().compact(10000).build()).containsExactly(0x90, 0x4E);
        assertThat(read(new byte[] {(byte) 0x90, 0x4E})).isEqualTo(10000);
    }

    @Test
    void compactLengthUsesOneTwoOrThreeBytes() throws IOException {
        int[][] cases = {{0, 1}, {127, 1}, {128, 2}, {16383, 2}, {16384, 3}, {TightWire.MAX_COMPACT_LENGTH, 3}};
        for (int[] c : cases) {
            byte[] encoded = Wire.of().compact(c[0]).build();
            assertThat(encoded).as("%d", c[0]).hasSize(c[1]);
            assertThat(read(encoded)).isEqualTo(c[0]);
        }
        // The third byte carries all eight bits, which is what caps the value at 2^22 - 1.
        assertThat(read(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF})).isEqualTo((1 << 22) - 1);
    }

    @Test
    void aTruncatedCompactLengthIsEof() {
        assertThatThrownBy(() -> read(new byte[] {(byte) 0x80})).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> read(new byte[] {(byte) 0x80, (byte) 0x80})).isInstanceOf(EOFException.class);
    }

    @Test
    void tpixelIsRedGreenBlue() {
        assertThat(Pixels.fromTpixel(new byte[] {0x11, 0x22, 0x33}, 0)).isEqualTo(0xFF112233);
    }

    private static int read(byte[] bytes) throws IOException {
        RfbInput in = new RfbInput(new ByteArrayInputStream(bytes));
        int length = TightWire.readCompactLength(in);
        assertThat(in.bytesRead()).isEqualTo(bytes.length);
        return length;
    }

    /** Builds Tight bodies the way a server would; shared by the Tight tests and the fuzz test. */
    static final class Wire {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        static Wire of() {
            return new Wire();
        }

        Wire u8(int... values) {
            for (int v : values) {
                out.write(v);
            }
            return this;
        }

        Wire bytes(byte[] data) {
            out.writeBytes(data);
            return this;
        }

        Wire compact(int length) {
            out.write(length & 0x7F | (length > 0x7F ? 0x80 : 0));
            if (length > 0x7F) {
                out.write(length >> 7 & 0x7F | (length > 0x3FFF ? 0x80 : 0));
                if (length > 0x3FFF) {
                    out.write(length >> 14);
                }
            }
            return this;
        }

        /** A compact length and the data deflated on the server's (persistent) stream. */
        Wire zlib(Deflater server, byte[] data) {
            byte[] compressed = deflate(server, data);
            return compact(compressed.length).bytes(compressed);
        }

        byte[] build() {
            return out.toByteArray();
        }

        /** What a Tight server does per rectangle: compress and sync-flush, keeping the dictionary. */
        static byte[] deflate(Deflater server, byte[] data) {
            server.setInput(data);
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            int n;
            do {
                n = server.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                compressed.write(buffer, 0, n);
            } while (n == buffer.length || !server.needsInput());
            return compressed.toByteArray();
        }

        static byte[] tpixels(int... rgb) {
            byte[] data = new byte[rgb.length * 3];
            for (int i = 0; i < rgb.length; i++) {
                data[i * 3] = (byte) (rgb[i] >> 16);
                data[i * 3 + 1] = (byte) (rgb[i] >> 8);
                data[i * 3 + 2] = (byte) rgb[i];
            }
            return data;
        }

        static byte[] solid(int count, int rgb) {
            int[] pixels = new int[count];
            Arrays.fill(pixels, rgb);
            return tpixels(pixels);
        }

        static BufferedImage image(int w, int h, IntBinaryOperator rgbAt) {
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    image.setRGB(x, y, rgbAt.applyAsInt(x, y));
                }
            }
            return image;
        }

        static byte[] jpeg(BufferedImage image, float quality) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                writer.write(null, new IIOImage(image, null, null), param);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        }

        static byte[] png(BufferedImage image) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        /**
         * About 1 MB of zlib that inflates to 1 GiB + 1 byte (deflate tops out near 1032:1, so no
         * smaller payload can). Built cheaply: a one-zero-byte prefix, then one sync-flushed run of
         * blocks encoding 1 MiB of zeros, repeated 1024 times; the repeats are valid because they only
         * ever refer back to zeros. {@link #bombPrefix} is the prefix's length.
         */
        static byte[] gibibyteBomb() {
            return Bomb.BYTES;
        }

        static int bombPrefix() {
            return Bomb.PREFIX;
        }

        private static final class Bomb {
            static final int PREFIX;
            static final byte[] BYTES;

            static {
                Deflater server = new Deflater(Deflater.BEST_COMPRESSION);
                byte[] prefix = deflate(server, new byte[1]);
                byte[] mebibyte = deflate(server, new byte[1 << 20]);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(prefix);
                for (int i = 0; i < 1024; i++) {
                    out.writeBytes(mebibyte);
                }
                PREFIX = prefix.length;
                BYTES = out.toByteArray();
            }
        }
    }
}
