package dev.summit.connectors.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import javax.imageio.ImageIO;

/** What a guest's screen shows, as a person glancing at it would judge: blank, drawing something, GRUB's menu. */
public final class GuestScreen {
    /** How many colours a screen with text on it has at least (a blank one has one). */
    private static final int TEXT_COLOURS = 2;

    private GuestScreen() {
    }

    /** Screenshots (virsh screenshot) until the guest draws something (GRUB may take a minute under nested KVM). */
    public static int waitForColours(String name, Duration timeout) throws IOException, InterruptedException {
        return waitForColours(RealDaemon.URI, name, timeout);
    }

    /** The same on any host: {@code uri} is what virsh connects to. Returns the colours last seen (1 or 0: none). */
    public static int waitForColours(String uri, String name, Duration timeout) throws IOException, InterruptedException {
        return waitFor(uri, name, timeout, screen -> screen.colours() >= TEXT_COLOURS).map(Screen::colours).orElse(0);
    }

    /**
     * Screenshots until GRUB's menu is up (grub-rescue ISO guests): past SeaBIOS, GRUB loaded into
     * the guest's memory and its screen drawn, which is when a test that needs a settled guest may go on.
     * Fails naming what the screen showed when the menu has not come within {@code timeout}.
     */
    public static void waitForGrubMenu(String uri, String name, Duration timeout) throws IOException, InterruptedException {
        if (waitFor(uri, name, timeout, screen -> showsGrubMenu(screen.rgb(), screen.width(), screen.height())).isEmpty()) {
            throw new AssertionError("no GRUB menu on " + name + "'s screen within " + timeout);
        }
    }

    /**
     * GRUB's menu draws a frame round its entries and a bar under the chosen one, each a row lit
     * across most of the screen; SeaBIOS and GRUB's prompt print only lines of text, which light
     * far less of any row. {@code rgb} holds the pixels row by row (alpha ignored).
     */
    public static boolean showsGrubMenu(int[] rgb, int width, int height) {
        int background = rgb.length == 0 ? 0 : rgb[0] & 0xffffff;
        for (int y = 0; y < height; y++) {
            int lit = 0;
            for (int x = 0; x < width; x++) {
                if ((rgb[y * width + x] & 0xffffff) != background) {
                    lit++;
                }
            }
            if (lit > width * 3 / 4) {
                return true;
            }
        }
        return false;
    }

    /** Polls the screen every half second; the screen that satisfied {@code wanted}, or empty after {@code timeout}. */
    private static Optional<Screen> waitFor(String uri, String name, Duration timeout, Predicate<Screen> wanted)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Path shot = Files.createTempFile("screen-", ".img");
        try {
            while (System.nanoTime() < deadline) {
                Files.deleteIfExists(shot);
                if (screenshot(uri, name, shot)) {
                    Screen screen = Screen.decode(Files.readAllBytes(shot));
                    if (wanted.test(screen)) {
                        return Optional.of(screen);
                    }
                }
                Thread.sleep(500);
            }
            return Optional.empty();
        } finally {
            Files.deleteIfExists(shot);
        }
    }

    private static boolean screenshot(String uri, String name, Path shot) {
        try {
            RealDaemon.run("virsh", "-q", "-c", uri, "screenshot", name, shot.toString());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A screenshot's pixels as 0xRRGGBB, row by row. */
    private record Screen(int width, int height, int[] rgb) {
        int colours() {
            return (int) Arrays.stream(rgb).distinct().count();
        }

        /** virsh screenshot writes PNG from current QEMU and binary PPM (P6) from older ones. */
        static Screen decode(byte[] image) throws IOException {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            if (decoded == null) {
                return ppm(image);
            }
            int[] rgb = decoded.getRGB(0, 0, decoded.getWidth(), decoded.getHeight(), null, 0, decoded.getWidth());
            Arrays.setAll(rgb, i -> rgb[i] & 0xffffff);
            return new Screen(decoded.getWidth(), decoded.getHeight(), rgb);
        }

        /** The header's four fields (magic, width, height, maximum value), comments skipped, then RGB triples. */
        private static Screen ppm(byte[] ppm) {
            int pos = 0;
            String[] fields = new String[4];
            for (int field = 0; field < fields.length; ) {
                while (Character.isWhitespace(ppm[pos])) {
                    pos++;
                }
                if (ppm[pos] == '#') {
                    while (ppm[pos] != '\n') {
                        pos++;
                    }
                    continue;
                }
                int start = pos;
                while (!Character.isWhitespace(ppm[pos])) {
                    pos++;
                }
                fields[field++] = new String(ppm, start, pos - start, StandardCharsets.US_ASCII);
            }
            pos++;
            int width = Integer.parseInt(fields[1]);
            int height = Integer.parseInt(fields[2]);
            int[] rgb = new int[Math.min(width * height, (ppm.length - pos) / 3)];
            for (int i = 0; i < rgb.length; i++, pos += 3) {
                rgb[i] = ((ppm[pos] & 0xff) << 16) | ((ppm[pos + 1] & 0xff) << 8) | (ppm[pos + 2] & 0xff);
            }
            return new Screen(width, rgb.length / Math.max(1, width), rgb);
        }
    }
}
