package dev.summit.app.guest.overview;

import java.time.Duration;
import java.util.List;

/**
 * One Overview graph: its samples over the last ten minutes, oldest first, one or two series on
 * a shared time axis.
 *
 * @param times epoch milliseconds of each sample; every series has one value per time
 */
public record GraphData(String title, Scale scale, long[] times, List<Series> series) {
    /** How far back a graph reaches: what the host's stats history keeps. */
    public static final Duration WINDOW = Duration.ofMinutes(10);

    /** How values read and how tall the axis is. */
    public enum Scale {
        /** 0–100, fixed. */
        PERCENT,
        /** Bytes (memory), axis from 0 to the largest value. */
        BYTES,
        /** Bytes per second, axis from 0 to the largest value. */
        RATE
    }

    /** One line: its legend ("read") and a value per sample. */
    public record Series(String label, double[] values) {
    }

    /** The last value of a series, 0 when there is none yet. */
    public double latest(int series) {
        double[] values = series().get(series).values();
        return values.length == 0 ? 0 : values[values.length - 1];
    }
}
