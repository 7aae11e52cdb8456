package dev.summit.connectors.testing;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A private ssh-agent on a socket of its own, holding the keys a test adds. */
public final class ThrowawayAgent implements Closeable {
    private final Path socket;
    private final Process process;

    private ThrowawayAgent(Path socket, Process process) {
        this.socket = socket;
        this.process = process;
    }

    public static ThrowawayAgent start(Path socket) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            Thread.sleep(50);
        }
        if (!Files.exists(socket)) {
            process.destroy();
            throw new IllegalStateException("ssh-agent did not create " + socket);
        }
        return new ThrowawayAgent(socket, process);
    }

    public Path socket() {
        return socket;
    }

    public void add(Path key) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("ssh-add", key.toString()).redirectErrorStream(true);
        builder.environment().put("SSH_AUTH_SOCK", socket.toString());
        Process add = builder.start();
        String output = new String(add.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!add.waitFor(10, TimeUnit.SECONDS) || add.exitValue() != 0) {
            throw new IllegalStateException("ssh-add failed: " + output);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
