package dev.summit.app.bench.console;

import dev.summit.console.rfb.protocol.Encodings;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * Streams for the encodings Xvnc does not send, built from screens it did send (snapshots of the
 * recorded desktop), the way servers that have them would: Zlib as libvncserver and QEMU send it
 * (the raw pixels through one persistent zlib stream, sync-flushed per rectangle), TightPNG as
 * noVNC's servers do (one PNG per rectangle), and CopyRect as a desktop scrolling by a few rows.
 * Updates carry only the bounding box of what changed since the previous snapshot, in strips of
 * {@link #STRIP} rows, as servers split large regions.
 */
final class BuiltStreams {
    static final int STRIP = 64;
    /** Rows a CopyRect update scrolls by. */
    static final int SCROLL = 8;

    private BuiltStreams() {
    }

    /** A stream and the number of FramebufferUpdates in it, which a replay must see all of. */
    record Built(byte[] bytes, long frames) {
    }

    /** One screen: {@code width × height} 0xAARRGGBB pixels. */
    record Screen(int width, int height, int[] argb) {
    }

    static Built zlib(List<Screen> screens) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            return build(screens, Encodings.ZLIB, (screen, x, y, w, h) -> {
                byte[] pixels = bgrx(screen, x, y, w, h);
                deflater.setInput(pixels);
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                byte[] chunk = new byte[64 * 1024];
                int n;
                do {
                    n = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
                    body.write(chunk, 0, n);
                } while (n == chunk.length);
                byte[] compressed = body.toByteArray();
                ByteArrayOutputStream framed = new ByteArrayOutputStream();
                for (int shift = 24; shift >= 0; shift -= 8) {
                    framed.write(compressed.length >>> shift);
                }
                framed.writeBytes(compressed);
                return framed.toByteArray();
            });
        } finally {
            deflater.end();
        }
    }

    static Built tightPng(List<Screen> screens) {
        return build(screens, Encodings.TIGHT_PNG, (screen, x, y, w, h) -> {
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            image.setRGB(0, 0, w, h, screen.argb(), y * screen.width() + x, screen.width());
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(0xA0); // compression control: PNG
            compactLength(body, png.size());
            body.writeBytes(png.toByteArray());
            return body.toByteArray();
        });
    }

    /** The first screen in full (Raw), then {@code updates} scrolls of the whole screen, alternately up and down. */
    static Built copyRect(Screen first, int updates) {
        ServerStream stream = new ServerStream(first.width(), first.height());
        stream.update(1).rect(0, 0, first.width(), first.height(), Encodings.RAW,
                bgrx(first, 0, 0, first.width(), first.height()));
        int h = first.height() - SCROLL;
        for (int i = 0; i < updates; i++) {
            boolean up = i % 2 == 0;
            byte[] source = {0, 0, 0, (byte) (up ? SCROLL : 0)};
            stream.update(1).rect(0, up ? 0 : SCROLL, first.width(), h, Encodings.COPY_RECT, source);
        }
        return stream.built();
    }

    @FunctionalInterface
    private interface Body {
        byte[] encode(Screen screen, int x, int y, int w, int h);
    }

    private static Built build(List<Screen> screens, int encoding, Body body) {
        Screen first = screens.get(0);
        ServerStream stream = new ServerStream(first.width(), first.height());
        Screen previous = null;
        for (Screen screen : screens) {
            int[] box = previous == null ? new int[] {0, 0, screen.width(), screen.height()} : changed(previous, screen);
            previous = screen;
            if (box == null) {
                continue;
            }
            List<int[]> strips = new ArrayList<>();
            for (int y = box[1]; y < box[1] + box[3]; y += STRIP) {
                strips.add(new int[] {box[0], y, box[2], Math.min(STRIP, box[1] + box[3] - y)});
            }
            stream.update(strips.size());
            for (int[] s : strips) {
                stream.rect(s[0], s[1], s[2], s[3], encoding, body.encode(screen, s[0], s[1], s[2], s[3]));
            }
        }
        return stream.built();
    }

    /** The bounding box {x, y, w, h} of the pixels that differ, or null. */
    static int[] changed(Screen a, Screen b) {
        int x1 = Integer.MAX_VALUE;
        int y1 = Integer.MAX_VALUE;
        int x2 = -1;
        int y2 = -1;
        for (int y = 0; y < a.height(); y++) {
            int row = y * a.width();
            for (int x = 0; x < a.width(); x++) {
                if (a.argb()[row + x] != b.argb()[row + x]) {
                    x1 = Math.min(x1, x);
                    x2 = Math.max(x2, x);
                    y1 = Math.min(y1, y);
                    y2 = Math.max(y2, y);
                }
            }
        }
        return x2 < 0 ? null : new int[] {x1, y1, x2 - x1 + 1, y2 - y1 + 1};
    }

    /** Pixels as the client's format puts them on the wire: B, G, R, unused. */
    static byte[] bgrx(Screen screen, int x, int y, int w, int h) {
        byte[] bytes = new byte[w * h * 4];
        int i = 0;
        for (int row = y; row < y + h; row++) {
            for (int col = x; col < x + w; col++) {
                int p = screen.argb()[row * screen.width() + col];
                bytes[i++] = (byte) p;
                bytes[i++] = (byte) (p >>> 8);
                bytes[i++] = (byte) (p >>> 16);
                bytes[i++] = 0;
            }
        }
        return bytes;
    }

    /** Tight's compact length: 7 bits a byte, low bits first, at most three bytes. */
    private static void compactLength(ByteArrayOutputStream out, int length) {
        out.write((length & 0x7F) | (length > 0x7F ? 0x80 : 0));
        if (length > 0x7F) {
            out.write(((length >>> 7) & 0x7F) | (length > 0x3FFF ? 0x80 : 0));
            if (length > 0x3FFF) {
                out.write(length >>> 14);
            }
        }
    }
}
