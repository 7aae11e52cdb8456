package dev.summit.connectors.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/** What a guest's screen shows, as a person glancing at it would judge: blank, or drawing something. */
public final class GuestScreen {
    private GuestScreen() {
    }

    /** Screenshots (virsh screenshot) until the guest draws something (GRUB may take a minute under nested KVM). */
    public static int waitForColours(String name, Duration timeout) throws IOException, InterruptedException {
        return waitForColours(RealDaemon.URI, name, timeout);
    }

    /** The same on any host: {@code uri} is what virsh connects to. */
    public static int waitForColours(String uri, String name, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Path shot = Files.createTempFile("screen-", ".img");
        int colours = 0;
        while (System.nanoTime() < deadline) {
            Files.deleteIfExists(shot);
            if (screenshot(uri, name, shot)) {
                colours = distinctColours(Files.readAllBytes(shot));
                if (colours > 1) {
                    return colours;
                }
            }
            Thread.sleep(2000);
        }
        Files.deleteIfExists(shot);
        return colours;
    }

    private static boolean screenshot(String uri, String name, Path shot) {
        try {
            RealDaemon.run("virsh", "-q", "-c", uri, "screenshot", name, shot.toString());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** virsh screenshot writes PNG from current QEMU and binary PPM (P6) from older ones. */
    static int distinctColours(byte[] image) throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
        if (decoded == null) {
            return ppmColours(image);
        }
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < decoded.getHeight() && colours.size() < 16; y++) {
            for (int x = 0; x < decoded.getWidth(); x++) {
                colours.add(decoded.getRGB(x, y) & 0xffffff);
            }
        }
        return colours.size();
    }

    private static int ppmColours(byte[] ppm) {
        int pos = 0;
        int fields = 0;
        while (fields < 4) {
            while (Character.isWhitespace(ppm[pos])) {
                pos++;
            }
            if (ppm[pos] == '#') {
                while (ppm[pos] != '\n') {
                    pos++;
                }
                continue;
            }
            while (!Character.isWhitespace(ppm[pos])) {
                pos++;
            }
            fields++;
        }
        pos++;
        Set<Integer> colours = new HashSet<>();
        for (; pos + 2 < ppm.length && colours.size() < 16; pos += 3) {
            colours.add(((ppm[pos] & 0xff) << 16) | ((ppm[pos + 1] & 0xff) << 8) | (ppm[pos + 2] & 0xff));
        }
        return colours.size();
    }
}
