package dev.summit.connectors.host;

import java.time.Duration;

/**
 * How every host session behaves.
 *
 * @param statsInterval     how often one bulk stats call is made per host (Duration.ZERO = never)
 * @param keepAliveInterval seconds between keepalive probes
 * @param keepAliveCount    unanswered probes before the connection counts as lost
 * @param backoff           reconnect delays
 */
public record EngineSettings(Duration statsInterval, int keepAliveInterval, int keepAliveCount, Backoff backoff) {
    public static final EngineSettings DEFAULT = new EngineSettings(Duration.ofSeconds(2), 5, 3, Backoff.DEFAULT);

    public EngineSettings withStatsInterval(Duration interval) {
        return new EngineSettings(interval, keepAliveInterval, keepAliveCount, backoff);
    }

    public EngineSettings withBackoff(Backoff newBackoff) {
        return new EngineSettings(statsInterval, keepAliveInterval, keepAliveCount, newBackoff);
    }
}
