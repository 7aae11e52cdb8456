package dev.summit.console.rfb.security;

import dev.summit.console.rfb.io.RfbInput;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.net.ssl.SSLEngine;

/**
 * The streams the connection currently speaks over. They start as the transport's and are replaced
 * when VeNCrypt starts TLS; whoever reads or writes afterwards asks here, so nothing keeps writing
 * plain text under an encrypted session by mistake.
 */
public final class HandshakeStreams {
    private static final int BUFFER = 64 * 1024;

    private final InputStream rawIn;
    private final OutputStream rawOut;
    private InputStream input;
    private RfbInput in;
    private DataOutputStream out;
    private TlsStream tls;
    private volatile String closingExplanation;

    /** {@code rawIn} should already be buffered; TLS later reads from it, so no read-ahead is lost. */
    public HandshakeStreams(InputStream rawIn, OutputStream rawOut) {
        this.rawIn = rawIn;
        this.rawOut = new BufferedOutputStream(rawOut, BUFFER);
        this.input = rawIn;
        this.in = new RfbInput(rawIn);
        this.out = new DataOutputStream(this.rawOut);
    }

    public RfbInput in() {
        return in;
    }

    public DataOutputStream out() {
        return out;
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** The stream under {@link #in()}, for the connection's message reader after the handshake. */
    public InputStream input() {
        return input;
    }

    /** Runs the TLS handshake over the current streams and makes every later byte travel inside it. */
    public void startTls(SSLEngine engine) throws IOException {
        out.flush();
        tls = new TlsStream(engine, rawIn, rawOut);
        tls.handshake();
        input = new BufferedInputStream(tls.input(), BUFFER);
        in = new RfbInput(input);
        out = new DataOutputStream(new BufferedOutputStream(tls.output(), BUFFER));
    }

    /**
     * Why the server may close the connection without a word from here on, e.g. it asked for a client
     * certificate it did not get; the handshake adds it to an otherwise bare "closed" message.
     */
    public void explainClosing(String why) {
        closingExplanation = why;
    }

    /** Set by {@link #explainClosing}; null when there is nothing to add. */
    public String closingExplanation() {
        return closingExplanation;
    }

    public boolean encrypted() {
        return tls != null;
    }

    /** The negotiated TLS protocol and suite, for the status line; null without TLS. */
    public String tlsDescription() {
        return tls == null ? null : tls.description();
    }

    /** Sends TLS close_notify when there is a session; the transport itself is closed by its owner. */
    public void closeTls() {
        if (tls != null) {
            tls.closeOutbound();
        }
    }
}
