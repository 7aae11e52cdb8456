package dev.summit.app.bench.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The figures of one console benchmark run and the table the README cites. Targets are issue 3's and 18's:
 * frames/s at least TigerVNC's, CPU per frame at most 1.5× TigerVNC's headless and 2× in a window, key → screen
 * median ≤ 40 ms, Tight and ZRLE decoding at least 300 MP/s.
 *
 * @param settings    what was run
 * @param tigerVnc    TigerVNC's viewer, when it is installed
 * @param window      Summit's ConsoleView in a window
 * @param headless    Summit's client decoding into its framebuffer only
 * @param keysStill   key → framebuffer on a still desktop
 * @param keysBusy    the same while the animation runs
 * @param throughput  decode throughput per encoding
 */
public record ConsoleReport(ConsoleBenchmark.Settings settings, Optional<ViewerFigures> tigerVnc, ViewerFigures window,
                            ViewerFigures headless, KeyLatency.Result keysStill, KeyLatency.Result keysBusy,
                            List<Throughput> throughput) {
    static final double CPU_RATIO_TARGET = 1.5;
    /** Issue 18: in a window JavaFX renders in software under Xvfb, so the window may cost 2× TigerVNC's. */
    static final double WINDOW_CPU_RATIO_TARGET = 2.0;
    static final double KEY_MEDIAN_TARGET_MS = 40;
    /** Issue 18: Tight and ZRLE, the encodings a session uses, decode at least this fast. */
    static final double DECODE_TARGET_MPS = 300;
    private static final List<String> DECODE_TARGETED = List.of("Tight", "ZRLE");
    private static final String ROW = "%-38s %-16s %-10s %-20s %s";

    /**
     * One encoding's decode throughput and where its stream came from, with TigerVNC's viewer on the
     * same stream in MP per CPU-second ({@link TigerVncReplay}), NaN where it was not measured.
     */
    public record Throughput(ReplayThroughput.Result result, String source, double tigerVncPerCpuSecond) {
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Summit console benchmark: Xvnc %d×%d, animation at %d fps changing all but a"
                + " 64 px square every frame; %d s per viewer, one viewer at a time", ConsoleBenchmark.WIDTH,
                ConsoleBenchmark.HEIGHT, settings.fps(), settings.seconds()));
        lines.add("");
        lines.add(row("figure", "Summit", "TigerVNC", "target", "Summit meets it"));
        viewerRows(lines, "window", window, WINDOW_CPU_RATIO_TARGET);
        viewerRows(lines, "headless", headless, CPU_RATIO_TARGET);
        keyRows(lines, "still", keysStill, true);
        keyRows(lines, "animating", keysBusy, false);
        lines.addAll(decodeRows(throughput));
        lines.add("");
        lines.addAll(notes());
        return lines;
    }

    /** One row per encoding: its decode throughput, with the target where the issue sets one. */
    public static List<String> decodeRows(List<Throughput> throughput) {
        List<String> lines = new ArrayList<>();
        for (Throughput t : throughput) {
            double mps = t.result().megapixelsPerSecond();
            boolean targeted = DECODE_TARGETED.contains(t.result().name());
            lines.add(row("decode " + t.result().name() + " (MP/s)", number(mps, 0), "",
                    targeted ? "≥ " + number(DECODE_TARGET_MPS, 0) : "", targeted ? yes(mps >= DECODE_TARGET_MPS) : ""));
        }
        // The same decoding per second of the decoding thread's own CPU: what a quiet core would give.
        for (Throughput t : throughput) {
            double anchor = t.tigerVncPerCpuSecond();
            lines.add(row("decode " + t.result().name() + " (MP per CPU-s)", number(t.result().megapixelsPerCpuSecond(), 0),
                    Double.isNaN(anchor) ? "" : number(anchor, 0), "", ""));
        }
        return lines;
    }

    private void viewerRows(List<String> lines, String label, ViewerFigures summit, double cpuTarget) {
        Optional<ViewerFigures> anchor = tigerVnc;
        lines.add(row("frames/s, " + label, number(summit.framesPerSecond(), 1),
                anchor.map(a -> number(a.framesPerSecond(), 1)).orElse("—"), "≥ TigerVNC's",
                anchor.map(a -> yes(summit.framesPerSecond() >= a.framesPerSecond())).orElse("")));
        // A loaded machine slows the animation too: no viewer can show more frames than it drew meanwhile.
        lines.add(row("  the animation drew meanwhile", number(summit.drawnPerSecond(), 1),
                anchor.map(a -> number(a.drawnPerSecond(), 1)).orElse("—"), "", ""));
        String ratio = anchor.map(a -> String.format(Locale.ROOT, " (%.2f×)",
                summit.cpuPerThousandFrames() / a.cpuPerThousandFrames())).orElse("");
        lines.add(row("CPU-s / 1000 frames, " + label, number(summit.cpuPerThousandFrames(), 2) + ratio,
                anchor.map(a -> number(a.cpuPerThousandFrames(), 2)).orElse(""), "≤ " + cpuTarget + "× TigerVNC's",
                anchor.map(a -> yes(summit.cpuPerThousandFrames() <= cpuTarget * a.cpuPerThousandFrames()))
                        .orElse("")));
    }

    private static void keyRows(List<String> lines, String label, KeyLatency.Result keys, boolean targeted) {
        lines.add(row("key → screen median (ms), " + label, number(keys.median(), 1), "n/a",
                targeted ? "≤ " + number(KEY_MEDIAN_TARGET_MS, 0) : "",
                targeted ? yes(keys.median() <= KEY_MEDIAN_TARGET_MS) : ""));
        lines.add(row("key → screen p95 (ms), " + label, number(keys.p95(), 1), "n/a", "", ""));
    }

    private List<String> notes() {
        List<String> notes = new ArrayList<>();
        notes.add("Frames are FramebufferUpdates as Xvnc counted them for each viewer (Summit counted "
                + window.ownFrames() + " and " + headless.ownFrames() + " itself); CPU is the viewer process's own"
                + " (/proc, user + system), from its first frame to Xvnc dropping it.");
        for (ViewerFigures v : viewers()) {
            notes.add(String.format(Locale.ROOT, "  %-20s %5d frames in %.1f s, %.2f CPU-s; Xvfb drawing its window %.2f CPU-s;"
                    + " Xvnc encoded with %s", v.viewer() + ":", v.frames(), v.seconds(), v.cpuSeconds(), v.xCpuSeconds(),
                    v.encodings()));
        }
        notes.add("Both viewers asked for Tight, JPEG quality 8, compression level 2. \"Headless\" is Summit's RFB client"
                + " decoding into its framebuffer with no view; \"window\" adds the ConsoleView (damage copied once per"
                + " pulse, JavaFX rendering it in software under Xvfb).");
        notes.add("Key → screen: our client's key event to Xvnc, the animation's window flips a marker square, until"
                + " the update showing it is decoded into Summit's framebuffer; a window adds at most one pulse"
                + " (16.7 ms) and its render. " + keysStill.millis().size() + " presses each; TigerVNC's viewer has no"
                + " hook to time this.");
        StringBuilder sources = new StringBuilder("Decode: each stream replayed into a fresh client after a warm-up;");
        for (Throughput t : throughput) {
            sources.append(String.format(Locale.ROOT, " %s %s (%d frames, %.1f MP);", t.result().name(), t.source(),
                    t.result().frames(), t.result().pixels() / 1e6));
        }
        notes.add(sources.substring(0, sources.length() - 1) + ".");
        return notes;
    }

    private List<ViewerFigures> viewers() {
        List<ViewerFigures> all = new ArrayList<>();
        tigerVnc.ifPresent(all::add);
        all.add(window);
        all.add(headless);
        return all;
    }

    private static String row(String figure, String ours, String anchor, String target, String met) {
        return String.format(Locale.ROOT, ROW, figure, ours, anchor, target, met).stripTrailing();
    }

    private static String yes(boolean met) {
        return met ? "yes" : "NO";
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
