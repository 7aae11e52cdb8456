package dev.summit.connectors.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Waiting for what a real daemon does in its own time, failing the test with what was awaited. */
public final class Await {
    private Await() {
    }

    /** Checks every 20 ms until {@code condition} holds; fails after {@code seconds}. */
    public static void until(String what, int seconds, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("waited " + seconds + " s for " + what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
