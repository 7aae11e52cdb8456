package dev.summit.console.rfb.protocol;

import static dev.summit.console.testing.ServerSide.greet;
import static dev.summit.console.testing.ServerSide.readInitMessages;
import static dev.summit.console.testing.ServerSide.reason;
import static dev.summit.console.testing.ServerSide.serverInit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.console.rfb.security.VncAuthentication;
import dev.summit.console.testing.FakeServer;
import dev.summit.console.testing.RecordingListener;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Each handshake path against a scripted server, from greeting to the first request. */
class RfbClientHandshakeTest {
    private static final byte[] CHALLENGE = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
    private static final RfbOptions TIGHT = RfbOptions.defaults().withEncodings(List.of(7));

    /**
     * Connects, then closes once the server has read the client's first messages: they are queued
     * when the state turns CONNECTED and written by the client's writer thread a moment later, so a
     * close at once could drop them and fail the server's script on a loaded machine.
     */
    private static RecordingListener connect(FakeServer server, CountDownLatch initRead, RecordingListener listener)
            throws Exception {
        RfbClient client = new RfbClient(server.transport(), TIGHT, listener);
        client.start();
        listener.await("connected", Duration.ofSeconds(30), () -> client.state() == RfbState.CONNECTED);
        assertThat(client.framebuffer().width()).isEqualTo(4);
        assertThat(initRead.await(30, TimeUnit.SECONDS)).as("the server read the client's first messages").isTrue();
        client.close();
        assertThat(listener.awaitDisconnected()).isEqualTo("Connection closed.");
        server.awaitScript();
        return listener;
    }

    private static void expectVncAuth(DataInputStream in, DataOutputStream out) throws Exception {
        out.write(CHALLENGE);
        out.flush();
        byte[] answer = new byte[16];
        in.readFully(answer);
        assertThat(answer).isEqualTo(VncAuthentication.response(CHALLENGE, "passwd".toCharArray()));
    }

    @Test
    void version38VncAuthReportsEventsInOrder() throws Exception {
        CountDownLatch initRead = new CountDownLatch(1);
        try (FakeServer server = FakeServer.start((in, out) -> {
            greet(in, out, "RFB 003.008\n", "RFB 003.008\n");
            out.write(new byte[] {2, 1, 2});
            out.flush();
            assertThat(in.readUnsignedByte()).as("VNC authentication is preferred to None").isEqualTo(2);
            expectVncAuth(in, out);
            out.writeInt(0);
            out.flush();
            assertThat(in.readUnsignedByte()).as("shared").isEqualTo(1);
            serverInit(out, 4, 3, "fake");
            int[] encodings = readInitMessages(in);
            initRead.countDown();
            assertThat(encodings).startsWith(7).contains(-223, -308, -239, -224, -261, -258, -32 + 8, -256 + 2);
            assertThat(in.read()).as("the client closes first").isEqualTo(-1);
        })) {
            RecordingListener listener = connect(server, initRead, new RecordingListener(null, "passwd"));
            assertThat(listener.events()).containsExactly("state PROTOCOL_VERSION", "state SECURITY",
                    "state AUTHENTICATION", "credentials false", "state INITIALISATION", "resized 4x3",
                    "state CONNECTED", "state DISCONNECTED", "disconnected Connection closed.");
        }
    }

    @Test
    void version38None() throws Exception {
        CountDownLatch initRead = new CountDownLatch(1);
        try (FakeServer server = FakeServer.start((in, out) -> {
            greet(in, out, "RFB 003.008\n", "RFB 003.008\n");
            out.write(new byte[] {1, 1});
            out.flush();
            assertThat(in.readUnsignedByte()).isEqualTo(1);
            out.writeInt(0);
            out.flush();
            in.readUnsignedByte();
            serverInit(out, 4, 3, "fake");
            readInitMessages(in);
            initRead.countDown();
            assertThat(in.read()).as("the client closes first").isEqualTo(-1);
        })) {
            RecordingListener listener = connect(server, initRead, new RecordingListener());
            assertThat(listener.events()).doesNotContain("state AUTHENTICATION");
        }
    }

    /** 3.7 sends no SecurityResult after None; a client waiting for one would hang here. */
    @Test
    void version37NoneHasNoSecurityResult() throws Exception {
        CountDownLatch initRead = new CountDownLatch(1);
        try (FakeServer server = FakeServer.start((in, out) -> {
            greet(in, out, "RFB 003.007\n", "RFB 003.007\n");
            out.write(new byte[] {1, 1});
            out.flush();
            assertThat(in.readUnsignedByte()).isEqualTo(1);
            assertThat(in.readUnsignedByte()).as("ClientInit follows the choice directly").isEqualTo(1);
            serverInit(out, 4, 3, "fake");
            readInitMessages(in);
            initRead.countDown();
            assertThat(in.read()).as("the client closes first").isEqualTo(-1);
        })) {
            connect(server, initRead, new RecordingListener());
        }
    }

    @Test
    void version33VncAuthChosenByTheServer() throws Exception {
        CountDownLatch initRead = new CountDownLatch(1);
        try (FakeServer server = FakeServer.start((in, out) -> {
            greet(in, out, "RFB 003.003\n", "RFB 003.003\n");
            out.writeInt(2);
            expectVncAuth(in, out);
            out.writeInt(0);
            out.flush();
            in.readUnsignedByte();
            serverInit(out, 4, 3, "fake");
            readInitMessages(in);
            initRead.countDown();
            assertThat(in.read()).as("the client closes first").isEqualTo(-1);
        })) {
            connect(server, initRead, new RecordingListener(null, "passwd"));
        }
    }

    @Test
    void failedAuthenticationReportsTheServersReason() throws Exception {
        try (FakeServer server = FakeServer.start((in, out) -> {
            greet(in, out, "RFB 003.008\n", "RFB 003.008\n");
            out.write(new byte[] {1, 2});
            out.flush();
            in.readUnsignedByte();
            out.write(CHALLENGE);
            out.flush();
            in.readFully(new byte[16]);
            out.writeInt(1);
            reason(out, "Authentication failure: wrong password");
            out.flush();
        })) {
            RecordingListener listener = new RecordingListener(null, "nope");
            new RfbClient(server.transport(), TIGHT, listener).start();
            assertThat(listener.awaitDisconnected()).isEqualTo("Authentication failed: Authentication failure: wrong password");
            server.awaitScript();
        }
    }

    @Test
    void version37FailureHasNoReasonString() throws Exception {
        try (FakeServer server = FakeServer.start((in, out) -> {
            greet(in, out, "RFB 003.007\n", "RFB 003.007\n");
            out.write(new byte[] {1, 2});
            out.flush();
            in.readUnsignedByte();
            out.write(CHALLENGE);
            out.flush();
            in.readFully(new byte[16]);
            out.writeInt(1);
            out.flush();
        })) {
            RecordingListener listener = new RecordingListener(null, "nope");
            new RfbClient(server.transport(), TIGHT, listener).start();
            assertThat(listener.awaitDisconnected()).isEqualTo("Authentication failed: wrong password or user name");
        }
    }

    @Test
    void cancelledPasswordPromptEndsTheConnection() throws Exception {
        try (FakeServer server = FakeServer.start((in, out) -> {
            greet(in, out, "RFB 003.008\n", "RFB 003.008\n");
            out.write(new byte[] {1, 2});
            out.flush();
            in.readUnsignedByte();
            out.write(CHALLENGE);
            out.flush();
            assertThat(in.read()).as("nothing more from the client").isEqualTo(-1);
        })) {
            RecordingListener listener = new RecordingListener();
            new RfbClient(server.transport(), TIGHT, listener).start();
            assertThat(listener.awaitDisconnected()).isEqualTo("authentication cancelled");
            server.awaitScript();
        }
    }

    @Test
    void closeBeforeStartReportsOnce() throws Exception {
        try (FakeServer server = FakeServer.start((in, out) -> { })) {
            RecordingListener listener = new RecordingListener();
            RfbClient client = new RfbClient(server.transport(), TIGHT, listener);
            client.close();
            client.close();
            assertThat(listener.awaitDisconnected()).isEqualTo("Connection closed.");
            assertThat(listener.disconnects()).isEqualTo(1);
            assertThat(client.state()).isEqualTo(RfbState.DISCONNECTED);
        }
    }
}
