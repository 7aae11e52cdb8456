package dev.summit.connectors.tunnel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where SSH finds the user's configuration, keys and known hosts. {@link #fromEnvironment()} is
 * the real ~/.ssh and ssh-agent; tests point every location into a folder of their own.
 *
 * @param home             what "~" means in ssh_config values, and where default keys live (home/.ssh/id_*)
 * @param config           the user's ssh_config; a missing file means no settings
 * @param knownHosts       the user's known_hosts, unless ssh_config's UserKnownHostsFile names another
 * @param globalKnownHosts read-only known_hosts files (/etc/ssh/ssh_known_hosts)
 * @param agentSocket      ssh-agent's socket; null when there is no agent
 * @param connectTimeout   for reaching the SSH server and opening the forwarded channel
 * @param answerTimeout    how long a host key question may stay unanswered (sshd drops a silent
 *                         client after its LoginGraceTime, 2 minutes by default)
 */
public record SshSettings(Path home, Path config, Path knownHosts, List<Path> globalKnownHosts, Path agentSocket,
                          Duration connectTimeout, Duration answerTimeout) {
    public SshSettings {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(knownHosts, "knownHosts");
        globalKnownHosts = List.copyOf(globalKnownHosts);
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(answerTimeout, "answerTimeout");
    }

    public static SshSettings fromEnvironment() {
        Path home = Path.of(System.getProperty("user.home"));
        String agent = System.getenv("SSH_AUTH_SOCK");
        return inHome(home)
                .withGlobalKnownHosts(List.of(Path.of("/etc/ssh/ssh_known_hosts")))
                .withAgentSocket(agent == null || agent.isBlank() ? null : Path.of(agent));
    }

    /** home/.ssh/config and home/.ssh/known_hosts, no agent, no global file. */
    public static SshSettings inHome(Path home) {
        Path ssh = home.resolve(".ssh");
        return new SshSettings(home, ssh.resolve("config"), ssh.resolve("known_hosts"), List.of(), null,
                Duration.ofSeconds(20), Duration.ofSeconds(110));
    }

    public SshSettings withAgentSocket(Path socket) {
        return new SshSettings(home, config, knownHosts, globalKnownHosts, socket, connectTimeout, answerTimeout);
    }

    public SshSettings withGlobalKnownHosts(List<Path> files) {
        return new SshSettings(home, config, knownHosts, files, agentSocket, connectTimeout, answerTimeout);
    }

    public SshSettings withAnswerTimeout(Duration timeout) {
        return new SshSettings(home, config, knownHosts, globalKnownHosts, agentSocket, connectTimeout, timeout);
    }

    /** An ssh_config path value: "~" and "~/…" are relative to {@link #home}, relative paths too. */
    Path resolve(String value) {
        if (value.equals("~")) {
            return home;
        }
        if (value.startsWith("~/")) {
            return home.resolve(value.substring(2));
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : home.resolve(path);
    }
}
