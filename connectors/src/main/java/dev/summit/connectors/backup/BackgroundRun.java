package dev.summit.connectors.backup;

import dev.summit.connectors.host.HostOperationException;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a backup or restore on a thread of its own (it holds its own connection and may take
 * minutes), completing the future with the result or with the user's sentence as a
 * {@link HostOperationException}, as the task runner and the CLI expect.
 */
final class BackgroundRun {
    interface Work<T> {
        T run() throws BackupFailed;
    }

    private BackgroundRun() {
    }

    static <T> CompletableFuture<T> start(String name, Work<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.run());
            } catch (BackupFailed e) {
                result.completeExceptionally(new HostOperationException(e.getMessage(), e));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }
}
