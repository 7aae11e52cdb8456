package dev.summit.console.rfb.protocol;

import dev.summit.console.rfb.message.ClientMessage;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only thread that writes after the handshake. Callers (the FX thread, the reader) put messages
 * in a queue and return at once; the writer batches whatever is queued into one flush. The queue is
 * bounded: when the network stalls that long, dropping input beats growing without end.
 */
final class MessageWriter {
    private static final Logger LOG = LoggerFactory.getLogger(MessageWriter.class);
    private static final int CAPACITY = 8192;

    private final BlockingQueue<ClientMessage> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final DataOutputStream out;
    private final Consumer<IOException> onFailure;
    private final Thread thread;

    MessageWriter(DataOutputStream out, Consumer<IOException> onFailure) {
        this.out = out;
        this.onFailure = onFailure;
        this.thread = new Thread(this::run, "rfb-writer");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Queues {@code message}; false when the queue is full and it was dropped. */
    boolean send(ClientMessage message) {
        boolean queued = queue.offer(message);
        if (!queued) {
            LOG.warn("RFB writer queue full; dropping {}", message.getClass().getSimpleName());
        }
        return queued;
    }

    void stop() {
        thread.interrupt();
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                ClientMessage message = queue.take();
                do {
                    message.writeTo(out);
                    message = queue.poll();
                } while (message != null);
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            onFailure.accept(e);
        }
    }
}
