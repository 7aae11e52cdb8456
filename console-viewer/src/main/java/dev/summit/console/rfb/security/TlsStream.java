package dev.summit.console.rfb.security;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;

/**
 * TLS over any pair of streams, through the JDK's {@link SSLEngine}, since the transport is not a
 * socket {@code SSLSocket} could wrap. One thread reads and another writes: the engine allows wrap and
 * unwrap to run concurrently, and the few handshake records the reading side must answer (TLS 1.3
 * key updates) go out under the same lock as application writes.
 */
final class TlsStream {
    private final SSLEngine engine;
    private final InputStream rawIn;
    private final OutputStream rawOut;
    private final Object writeLock = new Object();
    private final Object readLock = new Object();
    /** Network bytes read but not yet unwrapped; kept in fill mode. */
    private ByteBuffer netIn;
    /** Decrypted bytes not yet handed out; kept in fill mode. */
    private ByteBuffer appIn;
    private ByteBuffer netOut;
    private boolean inboundDone;

    TlsStream(SSLEngine engine, InputStream rawIn, OutputStream rawOut) {
        this.engine = engine;
        this.rawIn = rawIn;
        this.rawOut = rawOut;
        SSLSession session = engine.getSession();
        netIn = ByteBuffer.allocate(session.getPacketBufferSize());
        appIn = ByteBuffer.allocate(session.getApplicationBufferSize());
        netOut = ByteBuffer.allocate(session.getPacketBufferSize());
    }

    void handshake() throws IOException {
        engine.beginHandshake();
        while (true) {
            switch (engine.getHandshakeStatus()) {
                case NEED_WRAP -> wrap(ByteBuffer.allocate(0));
                case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
                    synchronized (readLock) {
                        if (!unwrapOnce()) {
                            throw new EOFException("the server closed the connection during the TLS handshake");
                        }
                    }
                }
                case NEED_TASK -> runTasks();
                case FINISHED, NOT_HANDSHAKING -> {
                    return;
                }
            }
        }
    }

    String description() {
        SSLSession session = engine.getSession();
        return session.getProtocol() + " " + session.getCipherSuite();
    }

    InputStream input() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return readPlain(b, off, len);
            }

            @Override
            public int available() {
                synchronized (readLock) {
                    return appIn.position();
                }
            }
        };
    }

    OutputStream output() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                wrap(ByteBuffer.wrap(b, off, len));
            }
        };
    }

    /** Best effort: tells the server we are leaving; a dead pipe is not worth an error here. */
    void closeOutbound() {
        synchronized (writeLock) {
            try {
                engine.closeOutbound();
                wrap(ByteBuffer.allocate(0));
            } catch (IOException ignored) {
                // The transport is being closed anyway.
            }
        }
    }

    private int readPlain(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        synchronized (readLock) {
            while (appIn.position() == 0) {
                if (inboundDone || !unwrapOnce()) {
                    inboundDone = true;
                    return -1;
                }
            }
            appIn.flip();
            int n = Math.min(len, appIn.remaining());
            appIn.get(b, off, n);
            appIn.compact();
            return n;
        }
    }

    /** One unwrap, reading from the network as needed; false when the stream or the session ended. */
    private boolean unwrapOnce() throws IOException {
        while (true) {
            netIn.flip();
            SSLEngineResult result;
            try {
                result = engine.unwrap(netIn, appIn);
            } finally {
                netIn.compact();
            }
            switch (result.getStatus()) {
                case OK -> {
                    answerHandshake(result.getHandshakeStatus());
                    return true;
                }
                case CLOSED -> {
                    return false;
                }
                case BUFFER_OVERFLOW -> appIn = grow(appIn, engine.getSession().getApplicationBufferSize());
                case BUFFER_UNDERFLOW -> {
                    if (netIn.remaining() == 0) {
                        netIn = grow(netIn, engine.getSession().getPacketBufferSize());
                    }
                    int n = rawIn.read(netIn.array(), netIn.arrayOffset() + netIn.position(), netIn.remaining());
                    if (n < 0) {
                        return false;
                    }
                    netIn.position(netIn.position() + n);
                }
            }
        }
    }

    /** Outside the initial handshake the engine may need to answer (key update) or to think (tasks). */
    private void answerHandshake(SSLEngineResult.HandshakeStatus status) throws IOException {
        if (status == SSLEngineResult.HandshakeStatus.NEED_TASK) {
            runTasks();
            status = engine.getHandshakeStatus();
        }
        if (status == SSLEngineResult.HandshakeStatus.NEED_WRAP) {
            wrap(ByteBuffer.allocate(0));
        }
    }

    private void wrap(ByteBuffer src) throws IOException {
        synchronized (writeLock) {
            do {
                netOut.clear();
                SSLEngineResult result = engine.wrap(src, netOut);
                switch (result.getStatus()) {
                    case BUFFER_OVERFLOW -> {
                        netOut = grow(netOut, engine.getSession().getPacketBufferSize());
                        continue;
                    }
                    case CLOSED -> {
                        if (src.hasRemaining()) {
                            throw new SSLException("the TLS session is closed");
                        }
                    }
                    default -> {
                        // OK; BUFFER_UNDERFLOW cannot happen on wrap.
                    }
                }
                netOut.flip();
                rawOut.write(netOut.array(), netOut.arrayOffset(), netOut.limit());
                if (result.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_TASK) {
                    runTasks();
                }
                if (result.getStatus() == SSLEngineResult.Status.CLOSED) {
                    break;
                }
            } while (src.hasRemaining());
            rawOut.flush();
        }
    }

    private void runTasks() {
        Runnable task;
        while ((task = engine.getDelegatedTask()) != null) {
            task.run();
        }
    }

    private static ByteBuffer grow(ByteBuffer buffer, int atLeast) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(atLeast, buffer.capacity() * 2));
        buffer.flip();
        bigger.put(buffer);
        return bigger;
    }
}
