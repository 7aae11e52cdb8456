package dev.summit.app.hosts;

import dev.summit.app.store.ConnectionRepository;
import java.nio.file.Path;

/**
 * An empty connection list gets one host, so a new user sees guests at once: this machine's
 * libvirt when its socket answers, otherwise the built-in demo host.
 */
public final class FirstStart {
    public static final String LOCAL_NAME = "QEMU/KVM (local)";

    private FirstStart() {
    }

    public static void seedIfEmpty(ConnectionRepository connections, Path dataDir) {
        if (!connections.list().isEmpty()) {
            return;
        }
        if (LocalLibvirt.systemDaemonAnswers()) {
            connections.add(LOCAL_NAME, LocalLibvirt.SYSTEM_URI, true);
        } else {
            connections.add(DemoHost.DISPLAY_NAME, DemoHost.uri(dataDir), true);
        }
    }
}
