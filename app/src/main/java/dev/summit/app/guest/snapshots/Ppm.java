package dev.summit.app.guest.snapshots;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Binary PPM (P6, 8 bits a channel), the format older QEMUs' screenshots come in. Every size in the header is bounded before anything is allocated for it.
 */
public record Ppm(int width, int height, byte[] rgb, int offset) {
    private static final int MAX_SIDE = 16384;

    /** Empty when the bytes are not an 8-bit P6 image or are cut short. */
    public static Optional<Ppm> read(byte[] data) {
        int[] position = {0};
        String magic = token(data, position);
        if (!"P6".equals(magic)) {
            return Optional.empty();
        }
        try {
            int width = Integer.parseInt(token(data, position));
            int height = Integer.parseInt(token(data, position));
            int max = Integer.parseInt(token(data, position));
            int start = position[0] + 1; // one whitespace byte ends the header
            if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE || max != 255
                    || (long) width * height * 3 > data.length - (long) start) {
                return Optional.empty();
            }
            return Optional.of(new Ppm(width, height, data, start));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The pixel at x, y as 0xAARRGGBB. */
    public int argb(int x, int y) {
        int i = offset + (y * width + x) * 3;
        return 0xff000000 | (rgb[i] & 0xff) << 16 | (rgb[i + 1] & 0xff) << 8 | rgb[i + 2] & 0xff;
    }

    private static String token(byte[] data, int[] position) {
        int i = position[0];
        while (i < data.length && (Character.isWhitespace(data[i]) || data[i] == '#')) {
            if (data[i] == '#') {
                while (i < data.length && data[i] != '\n') {
                    i++;
                }
            } else {
                i++;
            }
        }
        int start = i;
        while (i < data.length && !Character.isWhitespace(data[i]) && i - start < 12) {
            i++;
        }
        position[0] = i;
        return new String(data, start, i - start, StandardCharsets.US_ASCII);
    }
}
