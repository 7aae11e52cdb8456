package dev.summit.app.hosts;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Whether this machine's system libvirt daemon answers, checked without libvirt (fast, no prompts). */
public final class LocalLibvirt {
    public static final String SYSTEM_URI = "qemu:///system";
    /** The monolithic daemon's socket, then the modular QEMU daemon's. */
    private static final List<Path> SOCKETS = List.of(Path.of("/run/libvirt/libvirt-sock"),
            Path.of("/var/run/libvirt/libvirt-sock"), Path.of("/run/libvirt/virtqemud-sock"));

    private LocalLibvirt() {
    }

    public static boolean systemDaemonAnswers() {
        for (Path socket : SOCKETS) {
            if (Files.exists(socket) && answers(socket)) {
                return true;
            }
        }
        return false;
    }

    private static boolean answers(Path socket) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            return false;
        }
    }
}
