package dev.summit.connectors.testing;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private sshd on a free loopback port, with its own host key and one authorized client key, all
 * in a folder of its own: tests never touch the machine's sshd or anyone's ~/.ssh. Needs
 * /usr/sbin/sshd (openssh-server) and ssh-keygen; runs as the current user.
 */
public final class ThrowawaySshd implements Closeable {
    private final Path dir;
    private final int port;
    private final Path clientKey;
    private Process process;

    private ThrowawaySshd(Path dir, int port, Path clientKey) {
        this.dir = dir;
        this.port = port;
        this.clientKey = clientKey;
    }

    /** Starts it and waits until it answers with its SSH banner. */
    public static ThrowawaySshd start(Path dir) throws IOException, InterruptedException {
        Path clientKey = dir.resolve("client_ed25519");
        keygen(clientKey);
        Files.copy(dir.resolve("client_ed25519.pub"), dir.resolve("authorized_keys"));
        keygen(dir.resolve("host_ed25519"));
        ThrowawaySshd sshd = new ThrowawaySshd(dir, freePort(), clientKey);
        sshd.launch();
        return sshd;
    }

    public int port() {
        return port;
    }

    /** The private key sshd lets in (no passphrase). */
    public Path clientKey() {
        return clientKey;
    }

    /** How known_hosts names this server: "[127.0.0.1]:port". */
    public String knownHostsName() {
        return "[127.0.0.1]:" + port;
    }

    /** "ssh-ed25519 AAAA…", the host key's public half as known_hosts holds it. */
    public String hostPublicKey() throws IOException {
        String[] fields = Files.readString(dir.resolve("host_ed25519.pub")).strip().split("\\s+");
        return fields[0] + " " + fields[1];
    }

    /** The fingerprint ssh-keygen prints for the host key ("SHA256:…"). */
    public String hostFingerprint() throws IOException, InterruptedException {
        return run("ssh-keygen", "-l", "-E", "sha256", "-f", dir.resolve("host_ed25519.pub").toString()).split("\\s+")[1];
    }

    /** Same port, a new host key: what a reinstalled host, or a man in the middle, looks like. */
    public void restartWithNewHostKey() throws IOException, InterruptedException {
        stop();
        Files.delete(dir.resolve("host_ed25519"));
        Files.delete(dir.resolve("host_ed25519.pub"));
        keygen(dir.resolve("host_ed25519"));
        launch();
    }

    /** The server's own log, for a failure message. */
    public String log() throws IOException {
        Path log = dir.resolve("sshd.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private void launch() throws IOException, InterruptedException {
        // sshd refuses to start without its privilege separation folder; the distribution's
        // service creates it at boot, a container may not have it.
        Files.createDirectories(Path.of("/run/sshd"));
        Path config = dir.resolve("sshd_config");
        Files.writeString(config, String.join("\n",
                "ListenAddress 127.0.0.1",
                "HostKey " + dir.resolve("host_ed25519"),
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "UsePAM no",
                "StrictModes no",
                "PermitRootLogin prohibit-password",
                "AllowTcpForwarding yes",
                "AllowStreamLocalForwarding yes",
                "LogLevel VERBOSE",
                ""));
        process = new ProcessBuilder("/usr/sbin/sshd", "-D", "-e", "-f", config.toString(), "-p", String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("sshd.log").toFile()))
                .start();
        awaitBanner(Duration.ofSeconds(10));
    }

    private void awaitBanner(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("sshd exited with " + process.exitValue() + ": " + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                socket.setSoTimeout(2000);
                byte[] banner = socket.getInputStream().readNBytes(4);
                if (new String(banner, StandardCharsets.US_ASCII).equals("SSH-")) {
                    return;
                }
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("sshd did not answer on port " + port + ": " + log(), e);
                }
            }
            Thread.sleep(50);
        }
    }

    private void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void keygen(Path file) throws IOException, InterruptedException {
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "summit-test", "-f", file.toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
