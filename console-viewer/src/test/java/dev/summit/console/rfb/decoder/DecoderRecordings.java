package dev.summit.console.rfb.decoder;

import static dev.summit.console.rfb.decoder.DecoderFuzzTest.SEED;
import static dev.summit.console.rfb.decoder.DecoderFuzzTest.concat;

import dev.summit.console.rfb.decoder.TightWireTest.Wire;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.Deflater;

/**
 * Valid streams for {@link DecoderFuzzTest}, built the way servers send them (spec layouts,
 * persistent sync-flushed zlib): one recording per decoder, each exercising every kind of body its
 * encoding has.
 */
final class DecoderRecordings {
    static final List<String> NAMES = List.of("Tight", "TightPng", "Raw", "CopyRect", "Hextile", "Zlib", "Zrle");

    /** A decoder, the screen it draws on, and the rectangles a server sent, bodies back to back. */
    record Recording(String name, Supplier<Decoder> decoder, int width, int height, List<Rect> rects, byte[] stream) {
    }

    private DecoderRecordings() {
    }

    /** The named decoder's constructor, referenced directly so a missing decoder fails to compile rather than skips. */
    static Supplier<Decoder> decoder(String name) {
        return switch (name) {
            case "Tight" -> TightDecoder::new;
            case "TightPng" -> TightPngDecoder::new;
            case "Raw" -> RawDecoder::new;
            case "CopyRect" -> CopyRectDecoder::new;
            case "Hextile" -> HextileDecoder::new;
            case "Zlib" -> ZlibDecoder::new;
            case "Zrle" -> ZrleDecoder::new;
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Recording recording(String name) {
        Random random = new Random(SEED);
        List<Rect> rects = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater[] zlib = {new Deflater(), new Deflater(), new Deflater(), new Deflater()};
        Rects add = (x, y, w, h, encoding, body) -> {
            rects.add(new Rect(x, y, w, h, encoding));
            out.writeBytes(body);
        };
        switch (name) {
            case "Tight" -> {
                add.rect(0, 0, 96, 32, 7, Wire.of().u8(0x80, 10, 20, 30).build());
                add.rect(0, 0, 2, 1, 7, Wire.of().u8(0x00).bytes(noise(random, 6)).build());
                add.rect(0, 0, 16, 8, 7, Wire.of().u8(0x00).zlib(zlib[0], noise(random, 16 * 8 * 3)).build());
                add.rect(16, 0, 13, 7, 7, Wire.of().u8(0x52, 1, 1).bytes(noise(random, 6)).zlib(zlib[1], noise(random, 14)).build());
                add.rect(32, 0, 10, 6, 7, Wire.of().u8(0x60, 1, 5).bytes(noise(random, 18)).zlib(zlib[2], indices(random, 60, 6)).build());
                add.rect(48, 0, 3, 3, 7, Wire.of().u8(0x40, 1, 2).bytes(noise(random, 9)).bytes(indices(random, 9, 3)).build());
                add.rect(0, 8, 12, 7, 7, Wire.of().u8(0x70, 2).zlib(zlib[3], noise(random, 12 * 7 * 3)).build());
                byte[] jpeg = Wire.jpeg(Wire.image(16, 16, (x, y) -> x * 0x100F00 + y * 0x0F), 0.8f);
                add.rect(44, 8, 16, 16, 7, Wire.of().u8(0x90).compact(jpeg.length).bytes(jpeg).build());
                add.rect(0, 16, 16, 8, 7, Wire.of().u8(0x00).zlib(zlib[0], noise(random, 16 * 8 * 3)).build());
            }
            case "TightPng" -> {
                byte[] png = Wire.png(Wire.image(12, 9, (x, y) -> random.nextInt()));
                byte[] jpeg = Wire.jpeg(Wire.image(16, 16, (x, y) -> x * 0x0F1000 + y), 0.7f);
                BufferedImage indexed = new BufferedImage(20, 10, BufferedImage.TYPE_BYTE_INDEXED);
                for (int i = 0; i < 200; i++) {
                    indexed.setRGB(i % 20, i / 20, i % 20 < 10 ? 0xFF0000 : 0x0000FF);
                }
                byte[] palettePng = Wire.png(indexed);
                add.rect(0, 0, 96, 32, -260, Wire.of().u8(0x80, 1, 2, 3).build());
                add.rect(0, 0, 12, 9, -260, Wire.of().u8(0xA0).compact(png.length).bytes(png).build());
                add.rect(16, 0, 16, 16, -260, Wire.of().u8(0x90).compact(jpeg.length).bytes(jpeg).build());
                add.rect(32, 0, 20, 10, -260, Wire.of().u8(0xA0).compact(palettePng.length).bytes(palettePng).build());
                add.rect(60, 20, 30, 5, -260, Wire.of().u8(0x8F, 9, 9, 9).build());
            }
            case "Raw" -> {
                add.rect(0, 0, 8, 4, 0, noise(random, 8 * 4 * 4));
                add.rect(10, 10, 3, 3, 0, noise(random, 3 * 3 * 4));
            }
            case "CopyRect" -> {
                add.rect(10, 10, 8, 8, 1, new byte[] {0, 0, 0, 0});
                add.rect(0, 0, 5, 5, 1, new byte[] {0, 20, 0, 20});
            }
            case "Hextile" -> {
                // Tiles: raw; background + coloured subrects; background + foreground + subrects;
                // nothing (background reused); background only; subrects in the last foreground.
                add.rect(0, 0, 32, 16, 5, concat(new byte[] {1}, noise(random, 16 * 16 * 4),
                        new byte[] {0x1A}, noise(random, 4), new byte[] {2}, noise(random, 4), new byte[] {0x00, (byte) 0xFF},
                        noise(random, 4), new byte[] {0x55, 0x22}));
                add.rect(32, 0, 20, 20, 5, concat(new byte[] {0x0E}, noise(random, 8), new byte[] {1, 0x11, 0x33},
                        new byte[] {0x00}, new byte[] {0x02}, noise(random, 4), new byte[] {0x08, 1, 0x00, 0x11}));
            }
            case "Zlib" -> {
                add.rect(0, 0, 8, 8, 6, framed(zlib[0], noise(random, 8 * 8 * 4)));
                add.rect(8, 8, 4, 4, 6, framed(zlib[0], noise(random, 4 * 4 * 4)));
            }
            case "Zrle" -> {
                // A 72×8 rectangle is two tiles: solid, then plain RLE (one run of 64); then packed
                // palette, raw, and palette RLE (runs of 10, 1 and 5) tiles.
                add.rect(0, 0, 72, 8, 16, framed(zlib[0], concat(new byte[] {1, 9, 8, 7}, new byte[] {(byte) 128, 1, 2, 3, 63})));
                add.rect(0, 8, 8, 8, 16, framed(zlib[0], concat(new byte[] {2}, noise(random, 6), noise(random, 8))));
                add.rect(8, 8, 4, 4, 16, framed(zlib[0], concat(new byte[] {0}, noise(random, 48))));
                add.rect(12, 8, 4, 4, 16, framed(zlib[0], concat(new byte[] {(byte) 130}, noise(random, 6),
                        new byte[] {(byte) 0x80, 9, 0x01, (byte) 0x81, 4})));
            }
            default -> throw new IllegalArgumentException(name);
        }
        return new Recording(name, decoder(name), 96, 32, List.copyOf(rects), out.toByteArray());
    }

    interface Rects {
        void rect(int x, int y, int w, int h, int encoding, byte[] body);
    }

    static byte[] noise(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] indices(Random random, int length, int colours) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) random.nextInt(colours);
        }
        return bytes;
    }

    /** Zlib and ZRLE framing: a U32 length, then the sync-flushed bytes of the persistent stream. */
    private static byte[] framed(Deflater server, byte[] data) {
        byte[] compressed = Wire.deflate(server, data);
        return concat(ByteBuffer.allocate(4).putInt(compressed.length).array(), compressed);
    }
}
