package dev.summit.app.cli;

import dev.summit.connectors.ops.OperationProgress;
import java.io.PrintWriter;

/** Prints a long operation's sentence on stderr each time it passes another tenth, so a log of the run stays short. */
final class TenthPrinter implements OperationProgress {
    private final PrintWriter err;
    private int lastTenth = -1;

    TenthPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void report(double fraction, long bytes, String sentence) {
        int tenth = (int) Math.floor(fraction * 10);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            err.println(sentence);
            err.flush();
        }
    }
}
