package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.io.RfbProtocolException;

/**
 * The remote screen as 0xAARRGGBB ints (alpha always 0xFF), plus the damage since the view last
 * took it. Written only by the connection's reader thread; {@link #takeDamage} and
 * {@link #copyTo} are synchronized so the view can read a consistent picture once per pulse.
 * Every size a server sends is checked here before anything is allocated or written.
 */
public final class Framebuffer {
    /** Largest screen we accept: 16384 × 16384 is beyond any monitor setup and bounds memory at 1 GiB. */
    public static final int MAX_SIDE = 16384;

    private int width;
    private int height;
    private int[] pixels;
    private int damageX1 = Integer.MAX_VALUE;
    private int damageY1 = Integer.MAX_VALUE;
    private int damageX2;
    private int damageY2;

    public Framebuffer(int width, int height) throws RfbProtocolException {
        resize(width, height);
    }

    public synchronized void resize(int newWidth, int newHeight) throws RfbProtocolException {
        if (newWidth <= 0 || newHeight <= 0 || newWidth > MAX_SIDE || newHeight > MAX_SIDE) {
            throw new RfbProtocolException("screen size " + newWidth + "×" + newHeight + " is out of bounds (1…" + MAX_SIDE + ")");
        }
        width = newWidth;
        height = newHeight;
        pixels = new int[newWidth * newHeight];
        damage(0, 0, newWidth, newHeight);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Rejects a rectangle that does not lie inside the screen (before a decoder reads its body). */
    public void checkInside(Rect r) throws RfbProtocolException {
        if (r.x() < 0 || r.y() < 0 || r.width() < 0 || r.height() < 0
                || (long) r.x() + r.width() > width || (long) r.y() + r.height() > height) {
            throw new RfbProtocolException("rectangle " + r.width() + "×" + r.height() + " at " + r.x() + "," + r.y()
                    + " lies outside the " + width + "×" + height + " screen");
        }
    }

    public synchronized void fill(int x, int y, int w, int h, int argb) {
        for (int row = y; row < y + h; row++) {
            int start = row * width + x;
            java.util.Arrays.fill(pixels, start, start + w, argb);
        }
        damage(x, y, w, h);
    }

    /** Copies {@code w × h} pixels from {@code src} (row stride {@code w}, starting at {@code offset}). */
    public synchronized void put(int x, int y, int w, int h, int[] src, int offset) {
        for (int row = 0; row < h; row++) {
            System.arraycopy(src, offset + row * w, pixels, (y + row) * width + x, w);
        }
        damage(x, y, w, h);
    }

    /** Draws {@code w × h} pixels that {@code rows} writes straight into the screen, a row at a time. */
    synchronized void putRows(int x, int y, int w, int h, RowSource rows) {
        for (int row = 0; row < h; row++) {
            rows.copyRow(row, pixels, (y + row) * width + x);
        }
        damage(x, y, w, h);
    }

    /** Writes row {@code row} of a picture into {@code target} from {@code offset}, as many pixels as the picture is wide. */
    @FunctionalInterface
    interface RowSource {
        void copyRow(int row, int[] target, int offset);
    }

    public synchronized void set(int x, int y, int argb) {
        pixels[y * width + x] = argb;
        damage(x, y, 1, 1);
    }

    public synchronized int get(int x, int y) {
        return pixels[y * width + x];
    }

    /** CopyRect: overlapping source and destination are handled like memmove. */
    public synchronized void copy(int srcX, int srcY, int x, int y, int w, int h) {
        if (srcY < y) {
            for (int row = h - 1; row >= 0; row--) {
                System.arraycopy(pixels, (srcY + row) * width + srcX, pixels, (y + row) * width + x, w);
            }
        } else {
            for (int row = 0; row < h; row++) {
                System.arraycopy(pixels, (srcY + row) * width + srcX, pixels, (y + row) * width + x, w);
            }
        }
        damage(x, y, w, h);
    }

    private void damage(int x, int y, int w, int h) {
        damageX1 = Math.min(damageX1, x);
        damageY1 = Math.min(damageY1, y);
        damageX2 = Math.max(damageX2, x + w);
        damageY2 = Math.max(damageY2, y + h);
    }

    /** The bounding box of everything changed since the last call, or null; clears it. */
    public synchronized int[] takeDamage() {
        if (damageX1 >= damageX2 || damageY1 >= damageY2) {
            return null;
        }
        int[] box = {damageX1, damageY1, damageX2 - damageX1, damageY2 - damageY1};
        damageX1 = Integer.MAX_VALUE;
        damageY1 = Integer.MAX_VALUE;
        damageX2 = 0;
        damageY2 = 0;
        return box;
    }

    /**
     * Copies the {@code w × h} region at {@code x, y} into the same place of {@code target}, an image
     * {@code stride} ints wide and {@code rows} high, without allocating. Returns false, copying nothing,
     * when the screen is no longer {@code stride × rows}: a resize raced the caller, who makes a new target.
     */
    public synchronized boolean copyRegionTo(int x, int y, int w, int h, int[] target, int stride, int rows) {
        if (stride != width || rows != height || x < 0 || y < 0 || w < 0 || h < 0
                || x + w > width || y + h > height || target.length < stride * rows) {
            return false;
        }
        for (int row = y; row < y + h; row++) {
            int start = row * width + x;
            System.arraycopy(pixels, start, target, start, w);
        }
        return true;
    }

    /** Copies the whole screen into {@code target} (at least width × height ints). */
    public synchronized void copyTo(int[] target) {
        System.arraycopy(pixels, 0, target, 0, width * height);
    }
}
