package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.testing.RealDaemon;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
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
