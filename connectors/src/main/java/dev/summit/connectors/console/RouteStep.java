package dev.summit.connectors.console;

import dev.summit.connectors.tunnel.SshTarget;
import dev.summit.connectors.tunnel.TunnelEnd;
import java.nio.file.Path;

/** One way to try to reach a display; a plan lists them best first. */
sealed interface RouteStep {
    ConsoleRoute route();

    record Descriptor(int index) implements RouteStep {
        @Override
        public ConsoleRoute route() {
            return ConsoleRoute.DESCRIPTOR;
        }
    }

    record UnixSocket(Path path) implements RouteStep {
        @Override
        public ConsoleRoute route() {
            return ConsoleRoute.UNIX_SOCKET;
        }
    }

    record Tcp(String host, int port) implements RouteStep {
        @Override
        public ConsoleRoute route() {
            return ConsoleRoute.TCP;
        }
    }

    record Ssh(SshTarget via, TunnelEnd end) implements RouteStep {
        @Override
        public ConsoleRoute route() {
            return ConsoleRoute.SSH_TUNNEL;
        }
    }
}
