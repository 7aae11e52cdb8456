package dev.summit.console.testing;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * QEMU booting the grub-rescue CD with only its own VNC server on a UNIX socket: no libvirt, no
 * network, no disk. KVM when /dev/kvm opens, plain emulation otherwise.
 */
public final class QemuVncServer implements AutoCloseable {
    public static final Path GRUB_ISO = Path.of("/usr/lib/grub-rescue/grub-rescue-cdrom.iso");

    private final Process process;
    private final Path socket;
    private final Path log;

    private QemuVncServer(Process process, Path socket, Path log) {
        this.process = process;
        this.socket = socket;
        this.log = log;
    }

    public static QemuVncServer start(Path workDir) throws IOException, InterruptedException {
        return start(workDir, List.of(), "");
    }

    /**
     * VeNCrypt X509 with QEMU's own TLS: {@code x509Dir} holds ca-cert.pem, server-cert.pem and
     * server-key.pem (libvirt's vnc_tls_x509_cert_dir layout); with {@code verifyClient} QEMU refuses a
     * viewer without a certificate that CA signed (libvirt's vnc_tls_x509_verify).
     */
    public static QemuVncServer startWithTls(Path workDir, Path x509Dir, boolean verifyClient) throws IOException, InterruptedException {
        return start(workDir, List.of("-object", "tls-creds-x509,id=vnctls0,endpoint=server,dir=" + x509Dir
                + ",verify-peer=" + (verifyClient ? "on" : "off")), ",tls-creds=vnctls0");
    }

    private static QemuVncServer start(Path workDir, List<String> objects, String vncOptions) throws IOException, InterruptedException {
        Path socket = workDir.resolve("vnc.sock");
        Path log = workDir.resolve("qemu.log");
        // QEMU tries the accelerators in order: a /dev/kvm that opens but that QEMU refuses ("kvm version
        // too old", seen on a machine without KVM) falls back to emulation instead of failing the test.
        List<String> command = new ArrayList<>(List.of("qemu-system-x86_64", "-accel", kvmUsable() ? "kvm" : "tcg", "-accel", "tcg",
                "-m", "128"));
        command.addAll(objects);
        command.addAll(List.of("-display", "none", "-vnc", "unix:" + socket + vncOptions, "-cdrom", GRUB_ISO.toString(), "-boot", "d",
                "-net", "none", "-serial", "none", "-parallel", "none", "-monitor", "none", "-no-user-config",
                // On the CI machine (nested KVM) GRUB never reads the PS/2 keyboard: QEMU's trace shows our
                // keys queued on the i8042 and never read. Through a USB keyboard the same events arrive.
                "-usb", "-device", "usb-kbd"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        QemuVncServer server = new QemuVncServer(process, socket, log);
        try {
            server.awaitSocket();
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public static boolean kvmUsable() {
        // Opened without CREATE: a RandomAccessFile in "rw" mode made an empty regular /dev/kvm on a
        // machine without KVM, and every guest of the machine's libvirtd then failed to start.
        Path kvm = Path.of("/dev/kvm");
        if (!Files.exists(kvm) || Files.isRegularFile(kvm) || Files.isDirectory(kvm)) {
            return false;
        }
        try (FileChannel opened = FileChannel.open(kvm, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public SocketTransport connect() throws IOException {
        return SocketTransport.unix(socket);
    }

    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private void awaitSocket() throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(socket)) {
            if (!process.isAlive()) {
                throw new IOException("qemu exited: " + log());
            }
            if (System.nanoTime() > end) {
                throw new IOException("qemu did not open its VNC socket in 30 s: " + log());
            }
            Thread.sleep(50);
        }
    }
}
