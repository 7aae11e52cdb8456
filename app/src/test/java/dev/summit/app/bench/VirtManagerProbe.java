package dev.summit.app.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * virt-manager on the same host and display, as the anchor the README compares Summit with. It is
 * only started and watched from outside: its window is found with xdotool, its CPU and memory read
 * from /proc.
 *
 * <p>It runs in a throw-away profile: no session bus ({@code DBUS_SESSION_BUS_ADDRESS=disabled:},
 * so GLib neither connects nor autolaunches one), settings kept in memory ({@code
 * GSETTINGS_BACKEND=memory}) and its log in a scratch directory. So the run neither reads nor
 * changes the user's virt-manager connections, and leaves no dconf or accessibility daemons
 * behind (with a private bus, both outlive it). {@code NO_AT_BRIDGE=1} keeps GTK from looking for
 * the accessibility bus; on a desktop that bridge adds work, so this can only flatter virt-manager.
 * {@code --no-fork} keeps the process we started the one that runs, and lets root start it.
 */
public final class VirtManagerProbe implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VirtManagerProbe.class);
    private static final String WINDOW_TITLE = "^Virtual Machine Manager$";
    // Each look is an xdotool process; 10 a second costs little and times the window to ±0.1 s.
    private static final long POLL_MILLIS = 100;

    private final Process process;
    private final long startedNanos;
    private final Path log;

    private VirtManagerProbe(Process process, long startedNanos, Path log) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.log = log;
    }

    /** virt-manager on the PATH, if it is installed. */
    public static Optional<Path> find() {
        return find("virt-manager");
    }

    /** Starts virt-manager connected to {@code uri}; {@code scratch} receives its log and cache. */
    public static VirtManagerProbe start(Path executable, String uri, Path scratch) throws IOException {
        if (find("xdotool").isEmpty()) {
            throw new IOException("xdotool is needed to see virt-manager's window; install it (apt-get install xdotool)");
        }
        Path log = scratch.resolve("virt-manager.log");
        ProcessBuilder builder = new ProcessBuilder(executable.toString(), "--no-fork", "--connect", uri)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("DBUS_SESSION_BUS_ADDRESS", "disabled:");
        env.put("GSETTINGS_BACKEND", "memory");
        // Summit's launcher may set GDK_GL=disable for its own JVM (no GPU: software rendering);
        // virt-manager runs as its users start it.
        env.remove("GDK_GL");
        env.put("NO_AT_BRIDGE", "1");
        env.put("XDG_CACHE_HOME", scratch.toString());
        env.put("XDG_CONFIG_HOME", scratch.toString());
        long started = System.nanoTime();
        Process process = builder.start();
        LOG.info("started virt-manager, pid {}", process.pid());
        return new VirtManagerProbe(process, started, log);
    }

    /** Milliseconds from starting the process until its main window is mapped and visible. */
    public long awaitWindow(Duration timeout) throws IOException, InterruptedException {
        long deadline = startedNanos + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("virt-manager exited with " + process.exitValue() + ": " + lastLines());
            }
            if (windowVisible()) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IOException("virt-manager showed no window within " + timeout.toSeconds() + " s: " + lastLines());
    }

    /** virt-manager and any processes it started. */
    public ProcessUsage usage() throws IOException {
        return ProcessUsage.ofTree(process.toHandle());
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static boolean windowVisible() throws IOException, InterruptedException {
        Process search = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", WINDOW_TITLE)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return search.waitFor() == 0; // xdotool exits 1 when no window matches
    }

    private String lastLines() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static Optional<Path> find(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
