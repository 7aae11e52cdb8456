package dev.summit.connectors.tunnel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Asks the user whether to trust a host key known_hosts does not list. The app answers with a
 * dialog; the SSH handshake waits on a background thread for the stage to complete, so an
 * implementation may hop to the UI thread and complete later. A changed key is never asked
 * about: it is refused.
 */
@FunctionalInterface
public interface HostKeyQuestion {
    /** For callers that cannot ask anyone (the CLI, tests): unknown keys are refused. */
    HostKeyQuestion REFUSE = key -> CompletableFuture.completedFuture(HostKeyAnswer.REFUSE);

    CompletionStage<HostKeyAnswer> ask(UnknownHostKey key);
}
