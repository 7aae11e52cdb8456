package dev.summit.connectors.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.testing.InventoryProbe;
import dev.summit.connectors.testing.RealDaemon;
import dev.summit.connectors.testing.ThrowawaySshd;
import dev.summit.connectors.tunnel.HostKeyAnswer;
import dev.summit.connectors.tunnel.HostKeyQuestion;
import dev.summit.connectors.tunnel.SshSettings;
import dev.summit.connectors.tunnel.UnknownHostKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The machine's libvirtd seen as a remote host: qemu+ssh:// through a throwaway sshd, so the
 * console must come through an SSH tunnel, exactly as for a guest on another machine.
 */
@Tag("daemon")
@Tag("peer")
class RemoteConsoleTest {
    private static final String GREETING = "RFB 003.008\n";

    @TempDir
    Path dir;
    private final HostEngine engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ZERO));
    private final List<String> guests = new ArrayList<>();
    private ThrowawaySshd sshd;

    @AfterEach
    void cleanUp() {
        engine.close();
        guests.forEach(RealDaemon::removeGuest);
        if (sshd != null) {
            sshd.close();
        }
    }

    @Test
    void aRemoteGuestsScreenComesThroughAnSshTunnel() throws Exception {
        sshd = ThrowawaySshd.start(Files.createDirectory(dir.resolve("sshd")));
        String loopback = guest("ssh-tcp", "<graphics type='vnc' autoport='yes' listen='127.0.0.1'/>");
        String socket = guest("ssh-unix", "<graphics type='vnc'><listen type='socket'/></graphics>");
        HostSession host = engine.open(remoteUri());
        InventoryProbe.on(host).await("connected over SSH", Duration.ofSeconds(60), inv -> inv.status() instanceof HostStatus.Connected);

        List<UnknownHostKey> asked = new CopyOnWriteArrayList<>();
        HostKeyQuestion once = key -> {
            asked.add(key);
            return CompletableFuture.completedFuture(HostKeyAnswer.ACCEPT_ONCE);
        };
        OpenConsole console = new OpenConsole(SshSettings.inHome(Files.createDirectory(dir.resolve("home"))), once);

        try (ConsoleChannel channel = console.open(host, loopback).get(60, TimeUnit.SECONDS)) {
            assertThat(channel.route()).isEqualTo(ConsoleRoute.SSH_TUNNEL);
            assertThat(channel.description()).isEqualTo("SSH tunnel via root@127.0.0.1:" + sshd.port());
            assertThat(channel.target().hostUri()).isEqualTo(remoteUri());
            assertThat(greeting(channel)).isEqualTo(GREETING);
        }
        try (ConsoleChannel channel = console.open(host, socket).get(60, TimeUnit.SECONDS)) {
            assertThat(channel.route()).isEqualTo(ConsoleRoute.SSH_TUNNEL);
            assertThat(greeting(channel)).isEqualTo(GREETING);
        }
        assertThat(asked).hasSize(2).allSatisfy(key -> assertThat(key.fingerprint()).isEqualTo(sshd.hostFingerprint()));
    }

    /** libvirt runs ssh itself; the wrapper keeps that ssh away from the real ~/.ssh too. */
    private String remoteUri() throws Exception {
        Path wrapper = dir.resolve("libvirt-ssh");
        if (!Files.exists(wrapper)) {
            Files.writeString(wrapper, "#!/bin/sh\nexec ssh -F none -o UserKnownHostsFile=" + dir.resolve("libvirt_known_hosts")
                    + " -o GlobalKnownHostsFile=none -o StrictHostKeyChecking=no -o BatchMode=yes \"$@\"\n");
            Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));
        }
        return "qemu+ssh://root@127.0.0.1:" + sshd.port() + "/system?keyfile=" + sshd.clientKey() + "&command=" + wrapper;
    }

    private String guest(String suffix, String graphics) throws Exception {
        String name = "summit-test-console-" + suffix + "-" + Long.toHexString(System.nanoTime());
        guests.add(name);
        String uuid = RealDaemon.defineGuest(name, graphics);
        RealDaemon.virsh("start", name);
        return uuid;
    }

    private static String greeting(ConsoleChannel channel) throws Exception {
        return new String(channel.input().readNBytes(GREETING.length()), StandardCharsets.US_ASCII);
    }
}
