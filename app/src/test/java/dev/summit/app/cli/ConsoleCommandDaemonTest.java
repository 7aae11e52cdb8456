package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.testing.GuestScreen;
import dev.summit.connectors.testing.RealDaemon;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `summit console` on a real guest booting the GRUB rescue ISO, through the same client the window uses. */
@Tag("daemon")
class ConsoleCommandDaemonTest {
    @TempDir
    Path home;

    private final String name = "summit-test-" + Long.toHexString(System.nanoTime());

    @AfterEach
    void removeGuest() {
        RealDaemon.removeGuest(name);
    }

    @Test
    void snapshotWritesTheGuestsScreenAsSeenByGrub() throws Exception {
        RealDaemon.defineGuest(name);
        RealDaemon.virsh("start", name);
        Path png = home.resolve("screen.png");

        // SeaBIOS clears the screen before GRUB prints: retry until text is on it.
        int colours = 0;
        SummitProcess.Result result = null;
        for (int attempt = 0; attempt < 20 && colours < 2; attempt++) {
            result = new SummitProcess(home).run("console", name, "--connect", RealDaemon.URI, "--snapshot", png.toString());
            assertThat(result.exit()).as(result.err()).isZero();
            colours = colours(ImageIO.read(png.toFile()));
            if (colours < 2) {
                Thread.sleep(1000);
            }
        }

        assertThat(result.out()).matches(java.util.regex.Pattern.quote(png.toString()) + ": \\d+×\\d+ via libvirt descriptor\\n");
        assertThat(colours).as("distinct colours on the GRUB screen").isGreaterThanOrEqualTo(2);
    }

    /**
     * Our first frame against libvirt's own screenshots of the same guest, taken every quarter
     * second while ours is captured. GRUB's screen changes by itself (BIOS, GRUB loading, the
     * menu timing out and coming back) and QEMU's VNC copy may lag the guest by one refresh, so
     * ours must equal one of the screens the guest really showed meanwhile — which a decoding
     * error never does. Within a blinking cursor's cell (8×16) counts as equal.
     */
    @Test
    void theFirstFrameEqualsVirshScreenshotPixelForPixel() throws Exception {
        // GRUB reads no keys from QEMU's PS/2 keyboard on nested KVM machines; a USB one works.
        RealDaemon.defineGuest(name, "<graphics type='vnc' autoport='yes' listen='127.0.0.1'/>"
                + "<input type='keyboard' bus='usb'/>");
        RealDaemon.virsh("start", name);
        Path ours = home.resolve("ours.png");
        // Past SeaBIOS and GRUB's loading; then a key stops the menu's countdown, so the screen stands
        // still while it is sampled (virsh takes seconds per screenshot on a loaded machine).
        GuestScreen.waitForGrubMenu(RealDaemon.URI, name, Duration.ofMinutes(2));
        RealDaemon.virsh("send-key", name, "KEY_DOWN");

        List<BufferedImage> shown = new ArrayList<>();
        CompletableFuture<SummitProcess.Result> capture = CompletableFuture.supplyAsync(() -> {
            try {
                return new SummitProcess(home).run("console", name, "--connect", RealDaemon.URI, "--snapshot", ours.toString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        for (int i = 0; !capture.isDone() || i == 0; i++) {
            shown.add(virshScreenshot("shown" + i));
            Thread.sleep(250);
        }
        shown.add(virshScreenshot("last"));
        SummitProcess.Result result = capture.get();
        assertThat(result.exit()).as(result.err()).isZero();

        BufferedImage frame = ImageIO.read(ours.toFile());
        long closest = shown.stream().filter(s -> sameSize(s, frame)).mapToLong(s -> differingPixels(frame, s)).min()
                .orElseThrow(() -> new AssertionError("no virsh screenshot had our frame's size " + frame.getWidth()
                        + "×" + frame.getHeight()));
        assertThat(closest).as("pixels that differ from the closest of " + shown.size() + " virsh screenshots")
                .isLessThanOrEqualTo(128);
    }

    private BufferedImage virshScreenshot(String label) throws Exception {
        Path ppm = home.resolve(label + ".ppm");
        Path png = home.resolve(label + ".png");
        RealDaemon.virsh("screenshot", name, ppm.toString());
        // virsh writes PPM, which ImageIO cannot read; ImageMagick is a test package. PNG24 because
        // ImageMagick writes a grey-only screen as a greyscale PNG, which ImageIO reads with a
        // gamma conversion that changes every grey.
        Process convert = new ProcessBuilder("convert", ppm.toString(), "PNG24:" + png).inheritIO().start();
        assertThat(convert.waitFor()).isZero();
        return ImageIO.read(png.toFile());
    }

    private static boolean sameSize(BufferedImage a, BufferedImage b) {
        return a.getWidth() == b.getWidth() && a.getHeight() == b.getHeight();
    }

    private static long differingPixels(BufferedImage a, BufferedImage b) {
        long differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if ((a.getRGB(x, y) & 0xFFFFFF) != (b.getRGB(x, y) & 0xFFFFFF)) {
                    differing++;
                }
            }
        }
        return differing;
    }

    @Test
    void benchPrintsFramesRateAndCpu() throws Exception {
        RealDaemon.defineGuest(name);
        RealDaemon.virsh("start", name);

        SummitProcess.Result result = new SummitProcess(home).run("console", name, "--connect", RealDaemon.URI, "--bench", "1");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("frames \\d+ · [\\d.]+ frames/s · \\d+ bytes/s · [\\d.]+ CPU-s in 1\\.\\d s");
    }

    @Test
    void aShutOffGuestIsRefusedWithWhatToDo() throws Exception {
        RealDaemon.defineGuest(name);

        SummitProcess.Result result = new SummitProcess(home).run("console", name, "--connect", RealDaemon.URI,
                "--snapshot", home.resolve("x.png").toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("summit: '" + name + "' is shut off: start it first (summit start " + name + ")\n");
        assertThat(home.resolve("x.png")).doesNotExist();
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
