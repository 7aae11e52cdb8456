package dev.summit.connectors.host;

import dev.summit.connectors.jna.StatsConnect;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a libvirt connection on a thread of its own and gives up waiting after a bounded time.
 * libvirt's open has no timeout: a host that accepts the TCP connection and never answers keeps
 * virConnectOpen waiting for good (keepalive starts only once it is open), and the host's worker
 * would wait with it. The abandoned attempt is left to end by itself; a connection it opens late
 * is closed at once. At most {@link #MAX_ABANDONED} such attempts per host are left waiting.
 */
final class ConnectAttempt {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectAttempt.class);
    static final int MAX_ABANDONED = 2;

    /** The host did not answer within the time allowed. */
    static final class NotAnswering extends Exception {
        NotAnswering(String message) {
            super(message);
        }
    }

    private final String uri;
    private final AtomicInteger abandoned = new AtomicInteger();

    ConnectAttempt(String uri) {
        this.uri = uri;
    }

    /** True while earlier attempts still wait on the host; a new one would only add to them. */
    boolean tooManyWaiting() {
        return abandoned.get() >= MAX_ABANDONED;
    }

    /**
     * Starts one attempt. The future completes with the open connection, with libvirt's failure, or
     * with {@link NotAnswering} once {@code timeout} has passed without an answer.
     */
    CompletableFuture<StatsConnect> start(Duration timeout) {
        CompletableFuture<StatsConnect> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                opening.complete(new StatsConnect(uri, false));
            } catch (LibvirtException | RuntimeException e) {
                opening.completeExceptionally(e);
            }
        }, "connect " + uri);
        thread.setDaemon(true);
        thread.start();
        CompletableFuture<StatsConnect> answer = new CompletableFuture<>();
        opening.whenComplete((opened, failure) -> {
            if (failure != null) {
                answer.completeExceptionally(failure);
            } else if (!answer.complete(opened)) {
                closeLate(opened);
            }
        });
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (answer.completeExceptionally(new NotAnswering("not answering (no reply in " + timeout.toSeconds() + " s)"))) {
                abandoned.incrementAndGet();
                opening.whenComplete((late, failure) -> abandoned.decrementAndGet());
            }
        });
        return answer;
    }

    private void closeLate(StatsConnect late) {
        LOG.info("{} answered after Summit gave up waiting; closing that connection", uri);
        try {
            late.close();
        } catch (LibvirtException e) {
            LOG.debug("closing a late connection to {}: {}", uri, e.getMessage());
        }
    }
}
