package dev.summit.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb as a user gets it: built, installed with dpkg into this machine, started from the PATH
 * under the test display, and removed without a trace. Needs root (or password-less sudo), a
 * display, xdotool and ImageMagick's import; ./run-tests provides them. Replaces an installed
 * Summit package, and removes it at the end.
 */
@Tag("installer")
class InstalledPackageTest {
    private static final Path BUILD_SCRIPT = Path.of("src", "deb", "build-package.sh").toAbsolutePath();
    private static final long WINDOW_TIMEOUT_MILLIS = 30_000;

    @TempDir
    static Path scratch;
    private static Path deb;

    @BeforeAll
    static void buildAndInstall() throws Exception {
        Path out = Path.of("target", "package-test").toAbsolutePath();
        Shell.Result built = Shell.run(Path.of("."), Map.of(), 600, "bash", BUILD_SCRIPT.toString(),
                System.getProperty("summit.version"), System.getProperty("summit.jars"), out.toString());
        assertThat(built.exitCode()).as("build-package.sh:\n" + built.output()).isZero();
        try (var files = Files.list(out)) {
            deb = files.filter(f -> f.getFileName().toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        Shell.Result installed = Shell.run(Shell.asRoot("dpkg", "-i", deb.toString()));
        assertThat(installed.exitCode()).as("dpkg -i:\n" + installed.output()).isZero();
    }

    @AfterAll
    static void removeIfStillThere() throws Exception {
        Shell.run(Shell.asRoot("dpkg", "-r", "summit"));
    }

    @Test
    void installsOpensItsWindowFromThePathAndRemovesCleanly() throws Exception {
        assertThat(Path.of("/usr/bin/summit")).isSymbolicLink();
        assertThat(Path.of("/usr/share/applications/dev.summit.Summit.desktop")).isRegularFile();
        assertThat(Path.of("/usr/share/icons/hicolor/48x48/apps/dev.summit.Summit.png")).isRegularFile();
        assertThat(Path.of("/opt/summit/lib/runtime/release")).as("the runtime is Java 25 or newer")
                .content().containsPattern("JAVA_VERSION=\"(2[5-9]|[3-9][0-9])");

        Path verbClasses = scratch.resolve("verb-classes.log");
        Shell.Result version = Shell.run(Path.of("."), Map.of("JAVA_TOOL_OPTIONS", loggingClassesTo(verbClasses)), 60,
                "summit", "--version");
        assertThat(version.output()).as("summit --version").contains("Summit");
        assertThat(Files.readString(verbClasses)).as("a verb maps its classes from the verbs' AOT cache")
                .contains("dev.summit.app.Main source: shared objects file");

        Path home = Files.createDirectories(scratch.resolve("home"));
        Path windowClasses = scratch.resolve("window-classes.log");
        ProcessBuilder start = new ProcessBuilder("summit").redirectErrorStream(true)
                .redirectOutput(scratch.resolve("summit.log").toFile());
        start.environment().putAll(Map.of("HOME", home.toString(), "XDG_DATA_HOME", home.resolve("data").toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_CACHE_HOME", home.resolve("cache").toString(),
                "JAVA_TOOL_OPTIONS", loggingClassesTo(windowClasses)));
        Process summit = start.start();
        try {
            String window = awaitWindow(summit);
            Thread.sleep(1000); // the host list fills in after the first frame
            Path shot = scratch.resolve("window.png");
            Shell.Result grabbed = Shell.run("import", "-window", window, shot.toString());
            assertThat(grabbed.exitCode()).as(grabbed.output()).isZero();
            assertThat(distinctColours(ImageIO.read(shot.toFile()))).as("colours in the window's screenshot")
                    .isGreaterThan(20);
            assertThat(Files.readString(windowClasses)).as("the window maps its classes from the window's AOT cache")
                    .contains("javafx.scene.control.TableView source: shared objects file");
        } finally {
            summit.destroy();
            if (!summit.waitFor(10, TimeUnit.SECONDS)) {
                summit.destroyForcibly();
            }
        }

        Shell.Result removed = Shell.run(Shell.asRoot("dpkg", "-r", "summit"));
        assertThat(removed.exitCode()).as("dpkg -r:\n" + removed.output()).isZero();
        assertThat(Path.of("/opt/summit")).doesNotExist();
        assertThat(Path.of("/usr/bin/summit")).doesNotExist();
        assertThat(Path.of("/usr/share/applications/dev.summit.Summit.desktop")).doesNotExist();
    }

    /** The JVM's class-loading log, which names where each class came from, into a file. */
    private static String loggingClassesTo(Path log) {
        return "-Xlog:class+load=info:file=" + log;
    }

    private static String awaitWindow(Process summit) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + WINDOW_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Shell.Result search = Shell.run("xdotool", "search", "--onlyvisible", "--name", "^Summit$");
            if (search.exitCode() == 0 && !search.output().isBlank()) {
                return search.output().lines().findFirst().orElseThrow().strip();
            }
            if (!summit.isAlive()) {
                throw new AssertionError("summit exited with " + summit.exitValue() + ": "
                        + Files.readString(scratch.resolve("summit.log")));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no window titled Summit within " + WINDOW_TIMEOUT_MILLIS + " ms: "
                + Files.readString(scratch.resolve("summit.log")));
    }

    /** A window that is blank or one flat colour has a handful at most; Summit's has hundreds. */
    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
