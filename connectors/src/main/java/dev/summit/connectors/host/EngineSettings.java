package dev.summit.connectors.host;

import java.time.Duration;

/**
 * How every host session behaves.
 *
 * @param statsInterval     how often one bulk stats call is made per host (Duration.ZERO = never)
 * @param keepAliveInterval seconds between keepalive probes
 * @param keepAliveCount    unanswered probes before the connection counts as lost
 * @param backoff           reconnect delays
 * @param connectTimeout    how long one attempt to open the connection may wait for the host to answer
 * @param events            follow the host: libvirt's event thread, lifecycle events, keepalive and the
 *                          close callback. Off only for a one-shot reading (summit list), which
 *                          would pay for them and never use them.
 */
public record EngineSettings(Duration statsInterval, int keepAliveInterval, int keepAliveCount, Backoff backoff,
                             Duration connectTimeout, boolean events) {
    /** 15 s: keepalive gives up on an open connection after 5 s × 3 unanswered probes; an opening one gets as long. */
    public static final EngineSettings DEFAULT = new EngineSettings(Duration.ofSeconds(2), 5, 3, Backoff.DEFAULT,
            Duration.ofSeconds(15), true);

    /** One reading of a host and done: no stats sampling and nothing that follows the host. */
    public static final EngineSettings ONE_READING = new EngineSettings(Duration.ZERO, 5, 3, Backoff.DEFAULT,
            Duration.ofSeconds(15), false);

    public EngineSettings withStatsInterval(Duration interval) {
        return new EngineSettings(interval, keepAliveInterval, keepAliveCount, backoff, connectTimeout, events);
    }

    public EngineSettings withBackoff(Backoff newBackoff) {
        return new EngineSettings(statsInterval, keepAliveInterval, keepAliveCount, newBackoff, connectTimeout, events);
    }

    public EngineSettings withConnectTimeout(Duration timeout) {
        return new EngineSettings(statsInterval, keepAliveInterval, keepAliveCount, backoff, timeout, events);
    }
}
