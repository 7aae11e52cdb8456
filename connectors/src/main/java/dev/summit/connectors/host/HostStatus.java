package dev.summit.connectors.host;

import java.time.Instant;

/** Where a host's connection stands; the window shows {@link #describe()} beside the host. */
public sealed interface HostStatus {

    String describe();

    record Connecting() implements HostStatus {
        public String describe() {
            return "connecting…";
        }
    }

    record Connected(String hypervisor, String hostname) implements HostStatus {
        public String describe() {
            return "connected";
        }
    }

    /** Lost or never reached; another attempt is scheduled. */
    record Retrying(String reason, Instant nextAttempt) implements HostStatus {
        public String describe() {
            return "disconnected — retrying";
        }
    }

    /** The host took the connection but did not answer in time; another attempt is scheduled. */
    record NotAnswering(String reason, Instant nextAttempt) implements HostStatus {
        public String describe() {
            long seconds = Math.max(0, java.time.Duration.between(Instant.now(), nextAttempt).toSeconds());
            return "not answering — retrying in " + seconds + " s";
        }
    }

    /** The user disconnected, or the URI can never work (bad syntax, no such driver). */
    record Disconnected(String reason) implements HostStatus {
        public String describe() {
            return reason == null || reason.isBlank() ? "disconnected" : "disconnected — " + reason;
        }
    }
}
