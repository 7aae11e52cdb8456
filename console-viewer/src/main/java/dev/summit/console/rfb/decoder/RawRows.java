package dev.summit.console.rfb.decoder;

import java.io.IOException;

/**
 * Raw pixel data (4-byte B,G,R,X pixels, left to right, top to bottom) drawn a batch of rows at a
 * time. Batches keep memory near 64 KiB whatever the rectangle, while still handing the framebuffer
 * many pixels per (synchronized) call; the buffers are kept for the next rectangle.
 */
final class RawRows {
    static final int PIXEL_BYTES = 4;

    private static final int BATCH_BYTES = 64 * 1024;

    private byte[] bytes = new byte[0];
    private int[] pixels = new int[0];

    /** Reads and draws {@code rect}, which the caller has checked lies on screen. */
    void draw(Rect rect, ByteSource source, Framebuffer framebuffer) throws IOException {
        int w = rect.width();
        int h = rect.height();
        if (w == 0 || h == 0) {
            return;
        }
        int rowsPerBatch = Math.max(1, Math.min(h, BATCH_BYTES / (w * PIXEL_BYTES)));
        if (pixels.length < rowsPerBatch * w) {
            pixels = new int[rowsPerBatch * w];
            bytes = new byte[rowsPerBatch * w * PIXEL_BYTES];
        }
        for (int y = 0; y < h; y += rowsPerBatch) {
            int rows = Math.min(rowsPerBatch, h - y);
            int count = rows * w;
            source.readFully(bytes, 0, count * PIXEL_BYTES);
            for (int i = 0, offset = 0; i < count; i++, offset += PIXEL_BYTES) {
                pixels[i] = Pixels.fromPixel(bytes, offset);
            }
            framebuffer.put(rect.x(), rect.y() + y, w, rows, pixels, 0);
        }
    }
}
