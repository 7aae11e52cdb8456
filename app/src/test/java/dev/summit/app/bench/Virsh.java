package dev.summit.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** virsh as a benchmark's anchor or set-up tool: one process per command, as an admin types it. */
public final class Virsh {
    private final String uri;

    public Virsh(String uri) {
        this.uri = uri;
    }

    /** Runs the command; fails with virsh's own words when it fails. */
    public String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("virsh", "-q", "-c", uri));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("virsh " + String.join(" ", args) + " failed: " + out.strip());
        }
        return out;
    }

    /** The same, ignoring failure (clean-up of what may not exist). */
    public void quietly(String... args) throws InterruptedException {
        try {
            run(args);
        } catch (IOException e) {
            // nothing to remove
        }
    }

    /** Wall time of the command, process start to exit, in microseconds. */
    public long timed(String... args) throws IOException, InterruptedException {
        long start = System.nanoTime();
        run(args);
        return (System.nanoTime() - start) / 1000;
    }
}
