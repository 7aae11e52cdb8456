package dev.summit.app.console;

import dev.summit.console.rfb.protocol.RfbStatistics;
import java.util.Locale;

/**
 * The line under the screen: how the bytes travel, the encoding, frames per second and kbit/s,
 * from two readings of the client's counters a known time apart.
 */
public final class ConsoleStatusLine {
    private RfbStatistics previous;
    private long previousNanos;

    /** The text for {@code now}; the first reading of a connection shows no rates yet. */
    public String describe(String route, RfbStatistics now, long nanos) {
        String rates = "";
        if (previous != null && nanos > previousNanos && now.bytesReceived() >= previous.bytesReceived()) {
            double seconds = (nanos - previousNanos) / 1e9;
            double fps = (now.framesCompleted() - previous.framesCompleted()) / seconds;
            double kbits = (now.bytesReceived() - previous.bytesReceived()) * 8 / 1000.0 / seconds;
            rates = String.format(Locale.ROOT, " · %.0f frames/s · %.0f kbit/s", fps, kbits);
        }
        previous = now;
        previousNanos = nanos;
        return route + " · " + now.dominantEncodingName() + rates;
    }

    /** A new connection starts its rates afresh. */
    public void reset() {
        previous = null;
    }
}
