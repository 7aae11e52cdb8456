package dev.summit.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
    private static final long WINDOW_TIMEOUT_MILLIS = 60_000;
    /** What only ./run-benchmarks starts (scripts/programs.tsv marks them "bench"), and the window finder it needs. */
    private static final List<String> BENCH_ONLY_PROGRAMS = List.of("virt-manager", "virt-install", "virt-clone",
            "vncviewer", "xdotool");

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
            String window = await("a window titled Summit", summit, () -> {
                Shell.Result search = Shell.run("xdotool", "search", "--onlyvisible", "--name", "^Summit$");
                return search.exitCode() != 0 ? Optional.empty()
                        : search.output().lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst();
            });
            // The host list fills in after the first frame: a window of one flat colour has a handful.
            Path shot = scratch.resolve("window.png");
            await("more than 20 colours in the window's screenshot", summit, () -> {
                Shell.Result grabbed = Shell.run("import", "-window", window, shot.toString());
                assertThat(grabbed.exitCode()).as(grabbed.output()).isZero();
                return Optional.of(distinctColours(ImageIO.read(shot.toFile()))).filter(colours -> colours > 20);
            });
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

    /**
     * The package holds only what users run: no benchmark class, and no class that starts a program
     * only the benchmarks start (their anchors, and xdotool, which finds an anchor's window).
     */
    @Test
    void holdsNoBenchmark() throws Exception {
        Path unpacked = scratch.resolve("unpacked");
        Shell.Result extracted = Shell.run("dpkg-deb", "-x", deb.toString(), unpacked.toString());
        assertThat(extracted.exitCode()).as("dpkg-deb -x:\n" + extracted.output()).isZero();
        List<String> found = new ArrayList<>();
        try (var jars = Files.list(unpacked.resolve("opt/summit/lib/app"))) {
            for (Path jar : jars.filter(file -> file.toString().endsWith(".jar")).toList()) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (ZipEntry entry : Collections.list(zip.entries())) {
                        found.addAll(benchmarkTraces(entry.getName(), zip.getInputStream(entry).readAllBytes()));
                    }
                }
            }
        }
        assertThat(found).as("benchmark classes and bench-only programs in the package's jars").isEmpty();
    }

    private static List<String> benchmarkTraces(String entry, byte[] content) {
        if (entry.startsWith("dev/summit/app/bench/") || entry.startsWith("dev/summit/app/cli/bench/")) {
            return List.of(entry);
        }
        if (!entry.startsWith("dev/summit/") || !entry.endsWith(".class")) {
            return List.of();
        }
        return BENCH_ONLY_PROGRAMS.stream().filter(program -> hasStringConstant(content, program))
                .map(program -> entry + " names " + program).toList();
    }

    /** A class file holds each string literal as one constant: tag 1, a two-byte length, the bytes. */
    private static boolean hasStringConstant(byte[] classFile, String value) {
        byte[] text = value.getBytes(StandardCharsets.UTF_8);
        byte[] constant = new byte[text.length + 3];
        constant[0] = 1;
        constant[1] = (byte) (text.length >> 8);
        constant[2] = (byte) text.length;
        System.arraycopy(text, 0, constant, 3, text.length);
        for (int i = 0; i + constant.length <= classFile.length; i++) {
            if (Arrays.equals(classFile, i, i + constant.length, constant, 0, constant.length)) {
                return true;
            }
        }
        return false;
    }

    /** The JVM's class-loading log, which names where each class came from, into a file. */
    private static String loggingClassesTo(Path log) {
        return "-Xlog:class+load=info:file=" + log;
    }

    /** Polls {@code attempt} until it answers, failing at once when summit exits and after a generous deadline. */
    private static <T> T await(String what, Process summit, Callable<Optional<T>> attempt) throws Exception {
        long deadline = System.currentTimeMillis() + WINDOW_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Optional<T> answer = attempt.call();
            if (answer.isPresent()) {
                return answer.get();
            }
            if (!summit.isAlive()) {
                throw new AssertionError("summit exited with " + summit.exitValue() + " while waiting for " + what + ": "
                        + Files.readString(scratch.resolve("summit.log")));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + what + " within " + WINDOW_TIMEOUT_MILLIS + " ms: "
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
