package dev.summit.connectors.host;

import java.time.Duration;

/** Delay before reconnect attempt n (0-based): doubles from {@code first} up to {@code max}. */
public record Backoff(Duration first, Duration max) {
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    public Duration delay(int attempt) {
        long millis = first.toMillis() << Math.min(attempt, 20);
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
