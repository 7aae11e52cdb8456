package dev.summit.console.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The X server's own picture of its root window (ImageMagick's import), to compare with what RFB delivered. */
public record ScreenDump(int width, int height, int[] argb) {

    public static ScreenDump capture(String display) throws IOException, InterruptedException {
        byte[] ppm = Command.run(List.of("import", "-display", display, "-window", "root", "-depth", "8", "ppm:-"), null, null);
        return parsePpm(ppm);
    }

    /** Binary PPM (P6, maxval 255): a text header of magic, width, height, maxval, then RGB triples. */
    static ScreenDump parsePpm(byte[] ppm) throws IOException {
        int[] header = new int[3];
        int pos = 2;
        for (int field = 0; field < 3; field++) {
            while (Character.isWhitespace(ppm[pos]) || ppm[pos] == '#') {
                if (ppm[pos] == '#') {
                    while (ppm[pos] != '\n') {
                        pos++;
                    }
                }
                pos++;
            }
            int start = pos;
            while (!Character.isWhitespace(ppm[pos])) {
                pos++;
            }
            header[field] = Integer.parseInt(new String(ppm, start, pos - start, StandardCharsets.US_ASCII));
        }
        pos++;
        if (ppm[0] != 'P' || ppm[1] != '6' || header[2] != 255) {
            throw new IOException("not an 8-bit binary PPM");
        }
        int[] argb = new int[header[0] * header[1]];
        for (int i = 0; i < argb.length; i++, pos += 3) {
            argb[i] = 0xFF000000 | (ppm[pos] & 0xFF) << 16 | (ppm[pos + 1] & 0xFF) << 8 | (ppm[pos + 2] & 0xFF);
        }
        return new ScreenDump(header[0], header[1], argb);
    }
}
