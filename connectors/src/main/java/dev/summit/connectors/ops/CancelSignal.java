package dev.summit.connectors.ops;

import java.util.concurrent.atomic.AtomicBoolean;

/** Set by the user (any thread); an operation looks at it between steps and undoes what it did. */
public final class CancelSignal {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
