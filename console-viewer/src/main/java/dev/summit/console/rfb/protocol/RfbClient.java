package dev.summit.console.rfb.protocol;

import dev.summit.console.rfb.decoder.Decoder;
import dev.summit.console.rfb.decoder.Framebuffer;
import dev.summit.console.rfb.io.RfbProtocolException;
import dev.summit.console.rfb.io.RfbTransport;
import dev.summit.console.rfb.message.ClientCutText;
import dev.summit.console.rfb.message.ClientMessage;
import dev.summit.console.rfb.message.EnableContinuousUpdates;
import dev.summit.console.rfb.message.Fence;
import dev.summit.console.rfb.message.FramebufferUpdateRequest;
import dev.summit.console.rfb.message.KeyEvent;
import dev.summit.console.rfb.message.PixelFormat;
import dev.summit.console.rfb.message.PointerEvent;
import dev.summit.console.rfb.message.QemuExtendedKeyEvent;
import dev.summit.console.rfb.message.SetDesktopSize;
import dev.summit.console.rfb.message.SetEncodings;
import dev.summit.console.rfb.message.SetPixelFormat;
import dev.summit.console.rfb.security.AuthenticationException;
import dev.summit.console.rfb.security.HandshakeStreams;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One RFB connection over a transport the app opened. {@link #start()} returns at once; the
 * handshake and every server message run on the "rfb-reader" thread, which also makes all listener
 * calls, in this order: stateChanged(PROTOCOL_VERSION), stateChanged(SECURITY),
 * [stateChanged(AUTHENTICATION), credentials(…)], stateChanged(INITIALISATION), desktopResized(w, h),
 * stateChanged(CONNECTED), then frameCompleted/cursorChanged/… as the server sends them, and at the end
 * stateChanged(DISCONNECTED) followed by disconnected(reason), exactly once.
 *
 * <p>Input goes through the "rfb-writer" thread's queue, so {@link #key}, {@link #pointer} and
 * {@link #clipboard} never wait on the network. Input before CONNECTED is dropped: the server would
 * not accept it before initialisation.
 */
public final class RfbClient implements ConsoleInput, AutoCloseable, ServerMessageReader.Extensions {
    private static final Logger LOG = LoggerFactory.getLogger(RfbClient.class);
    private static final int READ_BUFFER = 64 * 1024;

    private final RfbTransport transport;
    private final RfbOptions options;
    private final RfbListener listener;
    private final ConnectionStateMachine states;
    private final Map<Integer, Decoder> decoders;
    private final List<Integer> advertised;
    private final AtomicBoolean reported = new AtomicBoolean();
    private final Object lifecycle = new Object();
    private Thread reader;
    private volatile boolean closing;
    private volatile IOException writeFailure;
    private volatile Framebuffer framebuffer;
    private volatile MessageWriter writer;
    private volatile CountingInputStream counter;
    private volatile boolean qemuKeys;
    private volatile long frames;
    private volatile int dominantEncoding = Encodings.NONE;
    private volatile UpdateReader updates;
    /** Written on the reader thread only: the server pushes updates, so none are requested after each frame. */
    private volatile boolean continuous;
    /** Reader thread only: taken once; a later EndOfContinuousUpdates is the server stopping them. */
    private boolean continuousOffered;

    /** @throws IllegalArgumentException when {@code options} advertise an encoding no decoder handles */
    public RfbClient(RfbTransport transport, RfbOptions options, RfbListener listener) {
        this.transport = transport;
        this.options = options;
        this.listener = listener;
        this.states = new ConnectionStateMachine(listener::stateChanged);
        this.decoders = new LinkedHashMap<>();
        for (Decoder decoder : options.decoders().get()) {
            decoders.putIfAbsent(decoder.encoding(), decoder);
        }
        this.advertised = advertisedEncodings();
    }

    /** Starts the reader thread; call once. */
    public void start() {
        synchronized (lifecycle) {
            if (reader != null || closing) {
                throw new IllegalStateException("an RfbClient is started once");
            }
            reader = new Thread(this::run, "rfb-reader");
            reader.setDaemon(true);
            reader.start();
        }
    }

    public RfbState state() {
        return states.state();
    }

    /** The remote screen; null before ServerInit. The same object lives through resizes. */
    public Framebuffer framebuffer() {
        return framebuffer;
    }

    public RfbStatistics statistics() {
        CountingInputStream c = counter;
        return new RfbStatistics(c == null ? 0 : c.count(), frames, dominantEncoding);
    }

    /** Whether the server acknowledged QEMU's extended key events, so scancodes reach the guest. */
    public boolean sendsScancodes() {
        return qemuKeys;
    }

    /** Whether the server takes {@link #resizeDesktop} (it offered ExtendedDesktopSize). */
    public boolean canResizeDesktop() {
        UpdateReader u = updates;
        return u != null && u.resizable();
    }

    /** Whether the server sends updates by itself (ContinuousUpdates, which TigerVNC offers with fences). */
    public boolean continuousUpdates() {
        return continuous;
    }

    /**
     * Asks the server to make its screen {@code width}×{@code height}; it answers with a resize
     * ({@link RfbListener#desktopResized}) or a refusal ({@link RfbListener#desktopResizeRefused}).
     * Ignored where the server did not offer it.
     */
    public void resizeDesktop(int width, int height) {
        UpdateReader u = updates;
        Framebuffer fb = framebuffer;
        if (u == null || !u.resizable() || fb == null || (fb.width() == width && fb.height() == height)) {
            return;
        }
        send(new SetDesktopSize(Math.min(width, Limits.DESKTOP_SIDE), Math.min(height, Limits.DESKTOP_SIDE),
                u.screenId(), u.screenFlags()));
    }

    /** Asks for the whole screen; {@code incremental} limits it to what changed. */
    public void requestUpdate(boolean incremental) {
        Framebuffer fb = framebuffer;
        if (fb != null) {
            send(new FramebufferUpdateRequest(incremental, 0, 0, fb.width(), fb.height()));
        }
    }

    @Override
    public void key(int keysym, int xtScancode, boolean down) {
        if (qemuKeys && xtScancode != 0) {
            send(new QemuExtendedKeyEvent(down, keysym, xtScancode));
        } else {
            send(new KeyEvent(down, keysym));
        }
    }

    @Override
    public void pointer(int x, int y, int buttonMask) {
        Framebuffer fb = framebuffer;
        if (fb != null) {
            // Views report positions just outside the screen while dragging; servers want them on it.
            send(new PointerEvent(buttonMask & 0xFF, clamp(x, fb.width()), clamp(y, fb.height())));
        }
    }

    @Override
    public void clipboard(String text) {
        send(new ClientCutText(text));
    }

    /** Ends the connection: unblocks the reader, which then reports disconnected("Connection closed."). */
    @Override
    public void close() {
        boolean started;
        synchronized (lifecycle) {
            closing = true;
            started = reader != null;
        }
        closeTransport();
        MessageWriter w = writer;
        if (w != null) {
            w.stop();
        }
        if (!started) {
            finish("Connection closed.", null);
        }
    }

    private void send(ClientMessage message) {
        MessageWriter w = writer;
        if (w != null && states.state() == RfbState.CONNECTED) {
            w.send(message);
        }
    }

    private void run() {
        String reason;
        HandshakeStreams streams = null;
        try {
            counter = new CountingInputStream(transport.input());
            streams = new HandshakeStreams(new BufferedInputStream(counter, READ_BUFFER), transport.output());
            ServerInit init = new Handshake(streams, options, listener::credentials, states).run();
            Framebuffer fb = new Framebuffer(init.width(), init.height());
            framebuffer = fb;
            listener.desktopResized(init.width(), init.height());
            MessageWriter w = new MessageWriter(streams.out(), this::writeFailed);
            w.send(new SetPixelFormat(PixelFormat.CLIENT));
            w.send(new SetEncodings(advertised));
            w.send(new FramebufferUpdateRequest(false, 0, 0, fb.width(), fb.height()));
            writer = w;
            states.moveTo(RfbState.CONNECTED);
            w.start();
            LOG.info("RFB connected over {}: \"{}\" {}×{}{}", transport.description(), init.name(), init.width(),
                    init.height(), streams.encrypted() ? ", " + streams.tlsDescription() : "");
            UpdateReader reader = new UpdateReader(fb, decoders, listener);
            updates = reader;
            new ServerMessageReader(streams.in(), reader, listener, this::updated, this).run();
            reason = "The server closed the connection.";
        } catch (Exception e) {
            reason = describe(e);
        }
        finish(reason, streams);
    }

    private void updated(UpdateReader.Result result) {
        frames++;
        if (result.dominantEncoding() != Encodings.NONE) {
            dominantEncoding = result.dominantEncoding();
        }
        if (result.qemuKeysAcknowledged()) {
            qemuKeys = true;
        }
        listener.frameCompleted();
        if (continuous) {
            if (result.resized()) {
                // The pushed area is the old screen's: widen it to the new one.
                Framebuffer fb = framebuffer;
                send(new EnableContinuousUpdates(true, 0, 0, fb.width(), fb.height()));
            }
        } else if (options.continuousUpdates()) {
            // After a resize the new pixels are all unknown, so the next update must be a full one.
            requestUpdate(!result.resized());
        }
    }

    /**
     * The first EndOfContinuousUpdates offers them: we take the offer when we keep the screen
     * current anyway, and stop requesting. A later one means the server stopped pushing: request again.
     */
    @Override
    public void endOfContinuousUpdates() {
        Framebuffer fb = framebuffer;
        if (!continuous && !continuousOffered && options.continuousUpdates()) {
            continuous = true;
            continuousOffered = true;
            send(new EnableContinuousUpdates(true, 0, 0, fb.width(), fb.height()));
            LOG.debug("continuous updates on");
        } else if (continuous) {
            continuous = false;
            requestUpdate(true);
        }
    }

    /** The server's fence requests are answered in order, after everything we queued before. */
    @Override
    public void fence(int flags, byte[] payload) {
        if ((flags & Fence.REQUEST) != 0) {
            send(Fence.answering(flags, payload));
        }
    }

    private String describe(Exception e) {
        if (closing) {
            return "Connection closed.";
        }
        if (writeFailure != null) {
            return "Connection lost while sending: " + writeFailure.getMessage();
        }
        if (e instanceof AuthenticationException) {
            return e.getMessage();
        }
        if (e instanceof RfbProtocolException) {
            return "The VNC server broke the protocol: " + e.getMessage();
        }
        if (e instanceof EOFException) {
            return states.state() == RfbState.CONNECTED ? "The server closed the connection."
                    : "The server closed the connection during the handshake.";
        }
        if (e instanceof SSLException) {
            return "TLS failed: " + e.getMessage();
        }
        if (e instanceof IOException) {
            return "Connection lost: " + e.getMessage();
        }
        LOG.error("RFB connection failed unexpectedly", e);
        return "Internal error in the console: " + e;
    }

    private void finish(String reason, HandshakeStreams streams) {
        if (!reported.compareAndSet(false, true)) {
            return;
        }
        MessageWriter w = writer;
        if (w != null) {
            w.stop();
        }
        if (streams != null && !closing) {
            streams.closeTls();
        }
        closeTransport();
        LOG.info("RFB disconnected: {}", reason);
        states.disconnect();
        listener.disconnected(reason);
    }

    private void writeFailed(IOException e) {
        writeFailure = e;
        closeTransport();
    }

    private void closeTransport() {
        try {
            transport.close();
        } catch (IOException e) {
            LOG.debug("closing the transport failed", e);
        }
    }

    private List<Integer> advertisedEncodings() {
        List<Integer> list = new ArrayList<>(options.encodings().isEmpty() ? decoders.keySet() : options.encodings());
        for (int encoding : list) {
            if (!decoders.containsKey(encoding)) {
                throw new IllegalArgumentException("no decoder for " + Encodings.name(encoding));
            }
        }
        if (options.jpegQuality() >= 0) {
            list.add(Encodings.JPEG_QUALITY_0 + options.jpegQuality());
        }
        if (options.compressionLevel() >= 0) {
            list.add(Encodings.COMPRESS_LEVEL_0 + options.compressionLevel());
        }
        list.addAll(List.of(Encodings.DESKTOP_SIZE, Encodings.EXTENDED_DESKTOP_SIZE, Encodings.CURSOR,
                Encodings.LAST_RECT, Encodings.LED_STATE, Encodings.QEMU_EXTENDED_KEY_EVENT,
                Encodings.FENCE, Encodings.CONTINUOUS_UPDATES));
        return List.copyOf(list);
    }

    private static int clamp(int value, int size) {
        return Math.max(0, Math.min(value, size - 1));
    }
}
