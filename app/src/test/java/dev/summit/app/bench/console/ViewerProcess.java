package dev.summit.app.bench.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A viewer in a process of its own, watched from outside the same way whichever it is: TigerVNC's
 * vncviewer, or Summit's client in a JVM of its own (headless, or its ConsoleView in a window).
 * Its own process, so its CPU time is its own and nothing of the benchmark's.
 *
 * <p>"Connected" is the first frame drawn: vncviewer says "Enabling continuous updates" right after
 * its first update; Summit's probe prints "connected" at its first.
 */
final class ViewerProcess implements AutoCloseable {
    /** The main class of Summit's probe, which prints "connected" and at the end "frames N". */
    static final String SUMMIT_PROBE = "dev.summit.app.cli.bench.ConsoleProbeCommand";

    private final String name;
    private final Process process;
    private final CompletableFuture<Void> connected = new CompletableFuture<>();
    private final CompletableFuture<Long> ownFrames = new CompletableFuture<>();
    private final Path log;
    private volatile String updateMode;

    private ViewerProcess(String name, Process process, Path log, Predicate<String> connectedLine) {
        this.name = name;
        this.process = process;
        this.log = log;
        Thread reader = new Thread(() -> follow(connectedLine), "viewer-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * TigerVNC's viewer with the encoding settings pinned to what Summit asks for by default (Tight,
     * JPEG quality 8, compression level 2, full colour): its automatic choice would pick the same on
     * loopback, but pinned, a change of heart mid-run cannot skew the comparison.
     */
    static ViewerProcess tigerVnc(int port, String display, Path dir) throws IOException {
        Path log = dir.resolve("vncviewer.log");
        ProcessBuilder builder = new ProcessBuilder("vncviewer", "-Log", "*:stderr:30", "-AutoSelect=0",
                "-PreferredEncoding=Tight", "-FullColor=1", "-QualityLevel=8", "-CompressLevel=2", "-NoJPEG=0",
                "-Shared=1", "-AcceptClipboard=0", "-SendClipboard=0", "127.0.0.1::" + port)
                .redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        return new ViewerProcess("TigerVNC vncviewer", builder.start(), log,
                line -> line.contains("Enabling continuous updates"));
    }

    /** Summit's client in a JVM like this one; {@code display} null for headless. */
    static ViewerProcess summit(int port, String display, Path dir) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        // The same heap and system properties the benchmark's JVM got (SUMMIT_JAVA_OPTS among them).
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SUMMIT_PROBE, "--port", Integer.toString(port)));
        if (display != null) {
            command.add("--window");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (display != null) {
            builder.environment().put("DISPLAY", display);
        } else {
            builder.environment().remove("DISPLAY");
        }
        String name = display == null ? "Summit, headless" : "Summit, window";
        return new ViewerProcess(name, builder.start(), dir.resolve(display == null ? "probe-headless.log" : "probe-window.log"),
                line -> line.equals("connected"));
    }

    String name() {
        return name;
    }

    /** How Summit's probe got its updates ("continuous" or "requested"); empty for TigerVNC's viewer. */
    Optional<String> updateMode() {
        return Optional.ofNullable(updateMode);
    }

    long pid() {
        return process.pid();
    }

    void awaitConnected(Duration timeout) throws IOException, InterruptedException {
        try {
            connected.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(name + " showed no frame within " + timeout.toSeconds() + " s: " + lastLines(), e);
        }
    }

    /** Waits for the process to end (after Xvnc dropped it); the frames it counted itself, or -1. */
    long awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            close();
        }
        return ownFrames.getNow(-1L);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** Copies the viewer's output to its log file, watching for the lines that matter. */
    private void follow(Predicate<String> connectedLine) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             var out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.write(line);
                out.newLine();
                out.flush();
                if (connectedLine.test(line.strip())) {
                    connected.complete(null);
                } else if (line.startsWith("updates ")) {
                    updateMode = line.substring("updates ".length()).strip();
                } else if (line.startsWith("frames ")) {
                    ownFrames.complete(Long.parseLong(line.substring("frames ".length()).strip()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            connected.completeExceptionally(e);
        }
        connected.completeExceptionally(new IOException(name + " exited"));
    }

    private String lastLines() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no output)";
        }
    }
}
