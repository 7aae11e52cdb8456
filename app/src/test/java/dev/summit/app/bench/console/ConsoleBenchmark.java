package dev.summit.app.bench.console;

import dev.summit.app.bench.ScratchDirectory;
import dev.summit.app.bench.ProcessUsage;
import dev.summit.console.rfb.protocol.Encodings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One console benchmark run (issue 3): Xvnc serves a 1280×800 desktop the {@link Animation} keeps
 * changing; TigerVNC's viewer and Summit's (in a window, then headless) watch it; then streams are
 * recorded per encoding, keys are timed, and — with Xvnc gone so nothing competes — the streams
 * are decoded for throughput.
 *
 * <p>The viewers watch one after the other, not at once with -Shared: Xvnc encodes for each client
 * on its single thread, so two clients at once would slow each other's update rate through the
 * server, and on a two-core machine two viewers plus Xvnc plus the animation would also fight for
 * the cores; CPU per frame would then measure the contention more than the viewer. One at a time,
 * each sees the same server and the same animation with the machine to itself.
 */
public final class ConsoleBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleBenchmark.class);
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 800;
    // Long enough for the animation's JVM to map its window on a loaded two-core machine.
    private static final Duration SETTLE = Duration.ofSeconds(4);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration RECORD = Duration.ofSeconds(3);
    private static final long RECORD_MAX_BYTES = 96L << 20;
    private static final int SNAPSHOTS = 20;
    /** Where the animation keeps the count of frames it drew. */
    private static final String DRAWN_FILE = "animation-drawn.txt";

    /**
     * @param seconds           how long each viewer watches
     * @param fps               the animation's frame rate
     * @param presses           key presses per latency figure
     * @param throughputSeconds measured decoding time per encoding (after as long a warm-up)
     * @param keepStreams       a folder to save the decoded streams in (for {@link #decode}), or null
     */
    public record Settings(int seconds, int fps, int presses, int throughputSeconds, Path keepStreams) {
    }

    private ConsoleBenchmark() {
    }

    public static ConsoleReport run(Settings settings, Consumer<String> progress) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("summit-console-bench-");
        try {
            return run(settings, scratch, progress);
        } finally {
            ScratchDirectory.delete(scratch);
        }
    }

    private static ConsoleReport run(Settings settings, Path scratch, Consumer<String> progress)
            throws IOException, InterruptedException {
        Duration watch = Duration.ofSeconds(settings.seconds());
        List<StreamRecorder.Recording> recordings = new ArrayList<>();
        List<BuiltStreams.Screen> screens = new ArrayList<>();
        List<DecodeStreams.Source> streams;
        Optional<ViewerFigures> tigerVnc;
        ViewerFigures window;
        ViewerFigures headless;
        KeyLatency.Result busy;
        KeyLatency.Result still;
        try (XServer xvnc = XServer.xvnc(scratch, WIDTH, HEIGHT); XServer xvfb = XServer.xvfb(scratch, 1600, 1000)) {
            progress.accept("Xvnc on " + xvnc.displayName() + " (port " + xvnc.rfbPort() + "), viewers' windows on Xvfb "
                    + xvfb.displayName());
            Process animation = animation(xvnc.displayName(), settings.fps(), false, scratch);
            Path drawing = scratch.resolve(DRAWN_FILE);
            try {
                Thread.sleep(SETTLE.toMillis());
                if (onPath("vncviewer")) {
                    tigerVnc = Optional.of(watch(ViewerProcess.tigerVnc(xvnc.rfbPort(), xvfb.displayName(), scratch),
                            xvnc, xvfb, watch, drawing, progress));
                } else {
                    progress.accept("vncviewer is not installed (apt-get install tigervnc-viewer): Summit's figures only");
                    tigerVnc = Optional.empty();
                }
                window = watch(ViewerProcess.summit(xvnc.rfbPort(), xvfb.displayName(), scratch), xvnc, xvfb, watch,
                        drawing, progress);
                headless = watch(ViewerProcess.summit(xvnc.rfbPort(), null, scratch), xvnc, null, watch, drawing, progress);
                record(xvnc.rfbPort(), recordings, screens, progress);
                streams = decodeSources(recordings, screens, progress);
                if (settings.keepStreams() != null) {
                    // Saved before the key timings, so a run that fails there still leaves them.
                    DecodeStreams.save(settings.keepStreams(), streams);
                    progress.accept("streams saved in " + settings.keepStreams());
                }
                progress.accept("key → screen: " + settings.presses() + " presses while the desktop animates");
                busy = KeyLatency.measure(xvnc.rfbPort(), settings.presses(), WIDTH, HEIGHT);
            } finally {
                stop(animation);
            }
            Process quiet = animation(xvnc.displayName(), settings.fps(), true, scratch);
            try {
                Thread.sleep(SETTLE.toMillis());
                progress.accept("key → screen: " + settings.presses() + " presses on a still desktop");
                still = KeyLatency.measure(xvnc.rfbPort(), settings.presses(), WIDTH, HEIGHT);
            } finally {
                stop(quiet);
            }
        }
        List<ConsoleReport.Throughput> throughput = throughput(streams, settings.throughputSeconds(), progress);
        return new ConsoleReport(settings, tigerVnc, window, headless, still, busy, throughput);
    }

    /** Watches one viewer from its first frame for {@code length}, then has Xvnc drop it. */
    private static ViewerFigures watch(ViewerProcess viewer, XServer xvnc, XServer xvfb, Duration length,
                                       Path animationDrawn, Consumer<String> progress) throws IOException, InterruptedException {
        try (viewer) {
            int logFrom = xvnc.log().length();
            progress.accept(viewer.name() + ": connecting");
            viewer.awaitConnected(CONNECT_TIMEOUT);
            ProcessUsage cpu0 = ProcessUsage.of(viewer.pid());
            double x0 = xvfb == null ? 0 : ProcessUsage.of(xvfb.pid()).cpuSeconds();
            long drawn0 = Animation.drawnSoFar(animationDrawn);
            long t0 = System.nanoTime();
            progress.accept(viewer.name() + ": watching for " + length.toSeconds() + " s");
            Thread.sleep(length.toMillis());
            ProcessUsage cpu1 = ProcessUsage.of(viewer.pid());
            double x1 = xvfb == null ? 0 : ProcessUsage.of(xvfb.pid()).cpuSeconds();
            long drawn1 = Animation.drawnSoFar(animationDrawn);
            double seconds = (System.nanoTime() - t0) / 1e9;
            xvnc.disconnectClients();
            long own = viewer.awaitExit(Duration.ofSeconds(20));
            XvncClientStats stats = awaitStats(xvnc, logFrom);
            ViewerFigures figures = new ViewerFigures(viewer.name(), seconds, stats.updates(), own,
                    cpu1.cpuSecondsSince(cpu0), x1 - x0,
                    String.join(", ", stats.encoders()) + viewer.updateMode().map(m -> "; updates " + m).orElse(""),
                    drawn0 < 0 || drawn1 < 0 ? -1 : drawn1 - drawn0);
            progress.accept(String.format(java.util.Locale.ROOT, "%s: %.1f frames/s (the animation drew %.1f), %.2f CPU-s"
                    + " per 1000 frames", viewer.name(), figures.framesPerSecond(), figures.drawnPerSecond(),
                    figures.cpuPerThousandFrames()));
            return figures;
        }
    }

    private static XvncClientStats awaitStats(XServer xvnc, int logFrom) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            XvncClientStats stats = XvncClientStats.lastIn(xvnc.log(), logFrom);
            if (stats != null) {
                return stats;
            }
            Thread.sleep(100);
        }
        throw new IOException("Xvnc logged no statistics for the client it dropped");
    }

    private static void record(int port, List<StreamRecorder.Recording> recordings, List<BuiltStreams.Screen> screens,
                               Consumer<String> progress) throws IOException, InterruptedException {
        progress.accept("recording Raw, Hextile, ZRLE and Tight streams from Xvnc, " + RECORD.toSeconds() + " s each");
        // Raw first: lossless, so its screens are exact for the streams built from them.
        recordings.add(StreamRecorder.record(port, "Raw", Encodings.RAW, -1, RECORD, RECORD_MAX_BYTES, screens, SNAPSHOTS));
        recordings.add(StreamRecorder.record(port, "Hextile", Encodings.HEXTILE, -1, RECORD, RECORD_MAX_BYTES, null, 0));
        recordings.add(StreamRecorder.record(port, "ZRLE", Encodings.ZRLE, -1, RECORD, RECORD_MAX_BYTES, null, 0));
        // The session's own settings: JPEG quality 8, as Summit asks by default.
        recordings.add(StreamRecorder.record(port, "Tight", Encodings.TIGHT, 8, RECORD, RECORD_MAX_BYTES, null, 0));
    }

    /** Decodes the streams saved in {@code dir} by an earlier run's {@code keepStreams}: no servers, no viewers. */
    public static List<ConsoleReport.Throughput> decode(Path dir, int seconds, Consumer<String> progress)
            throws IOException, InterruptedException {
        return throughput(DecodeStreams.load(dir), seconds, progress);
    }

    private static List<DecodeStreams.Source> decodeSources(List<StreamRecorder.Recording> recordings,
            List<BuiltStreams.Screen> screens, Consumer<String> progress) {
        List<DecodeStreams.Source> streams = new ArrayList<>();
        for (StreamRecorder.Recording r : recordings) {
            streams.add(new DecodeStreams.Source(r.name(), r.encoding(), new BuiltStreams.Built(r.stream(), r.frames()),
                    "recorded from Xvnc"));
        }
        progress.accept("building Zlib, TightPNG and CopyRect streams from " + screens.size() + " recorded screens");
        streams.add(1, new DecodeStreams.Source("CopyRect", Encodings.COPY_RECT, BuiltStreams.copyRect(screens.get(0), 200),
                "built: the screen scrolled by " + BuiltStreams.SCROLL + " rows"));
        streams.add(3, new DecodeStreams.Source("Zlib", Encodings.ZLIB, BuiltStreams.zlib(screens), "built from Xvnc's screens"));
        streams.add(new DecodeStreams.Source("TightPNG", Encodings.TIGHT_PNG, BuiltStreams.tightPng(screens),
                "built from Xvnc's screens"));
        return streams;
    }

    private static List<ConsoleReport.Throughput> throughput(List<DecodeStreams.Source> streams, int seconds,
            Consumer<String> progress) throws IOException, InterruptedException {
        Duration time = Duration.ofSeconds(seconds);
        List<ConsoleReport.Throughput> results = new ArrayList<>();
        for (DecodeStreams.Source s : streams) {
            progress.accept("decoding " + s.name() + " (" + s.stream().bytes().length / 1024 + " KiB) for " + 2 * time.toSeconds() + " s");
            results.add(new ConsoleReport.Throughput(ReplayThroughput.measure(s.name(), s.encoding(),
                    s.stream().bytes(), s.stream().frames(), time, time),
                    s.source(), Double.NaN));
        }
        boolean recorded = streams.stream().anyMatch(ConsoleBenchmark::fromXvnc);
        return recorded && onPath("vncviewer") ? withTigerVnc(results, streams, progress) : results;
    }

    private static boolean fromXvnc(DecodeStreams.Source source) {
        return source.source().startsWith("recorded from Xvnc");
    }

    /** TigerVNC's viewer on the streams Xvnc sent (the built ones it could not all read), in a throw-away Xvfb. */
    private static List<ConsoleReport.Throughput> withTigerVnc(List<ConsoleReport.Throughput> results,
            List<DecodeStreams.Source> streams, Consumer<String> progress) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("summit-console-anchor-");
        List<ConsoleReport.Throughput> anchored = new ArrayList<>();
        try (XServer xvfb = XServer.xvfb(scratch, 1600, 1000)) {
            for (int i = 0; i < streams.size(); i++) {
                DecodeStreams.Source s = streams.get(i);
                ConsoleReport.Throughput t = results.get(i);
                if (fromXvnc(s)) {
                    progress.accept("TigerVNC's viewer decoding the same " + s.name() + " stream");
                    t = new ConsoleReport.Throughput(t.result(), t.source(), TigerVncReplay.megapixelsPerCpuSecond(
                            s.stream().bytes(), t.result().pixels(), xvfb.displayName()));
                }
                anchored.add(t);
            }
        } finally {
            ScratchDirectory.delete(scratch);
        }
        return anchored;
    }

    /** The animation in a JVM of its own on Xvnc's display, so its CPU is nobody's figure. */
    private static Process animation(String display, int fps, boolean still, Path scratch) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-D" + Animation.DRAWN_PROPERTY + "=" + scratch.resolve(DRAWN_FILE),
                "-cp", System.getProperty("java.class.path"),
                Animation.class.getName(), Integer.toString(WIDTH), Integer.toString(HEIGHT), Integer.toString(fps)));
        if (still) {
            command.add("still");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(scratch.resolve(still ? "animation-still.log" : "animation.log").toFile());
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        LOG.info("animation started, pid {}", process.pid());
        return process;
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir.isEmpty() ? "." : dir, program))) {
                return true;
            }
        }
        return false;
    }
}
