package dev.summit.app.cli;

import dev.summit.connectors.migrate.JobFigures;
import java.io.PrintWriter;

/** Prints a migration's figures at most twice a second, one line each, so a log of the run stays readable. */
final class ProgressPrinter {
    private static final long EVERY_NANOS = 500_000_000L;
    private final PrintWriter out;
    private long lastPrinted;

    ProgressPrinter(PrintWriter out) {
        this.out = out;
    }

    synchronized void print(JobFigures figures) {
        print("", figures);
    }

    synchronized void print(String prefix, JobFigures figures) {
        long now = System.nanoTime();
        if (lastPrinted != 0 && now - lastPrinted < EVERY_NANOS) {
            return;
        }
        lastPrinted = now;
        out.println(prefix + figures.describe());
        out.flush();
    }
}
