package dev.summit.console.rfb.protocol;

import static dev.summit.console.testing.ServerSide.greet;
import static dev.summit.console.testing.ServerSide.noneHandshake38;
import static dev.summit.console.testing.ServerSide.readInitMessages;
import static dev.summit.console.testing.ServerSide.reason;
import static dev.summit.console.testing.ServerSide.rectHeader;
import static dev.summit.console.testing.ServerSide.serverInit;
import static dev.summit.console.testing.ServerSide.updateHeader;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.console.testing.FakeServer;
import dev.summit.console.testing.RecordingListener;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a broken or hostile server sends ends the connection with a sentence, and nothing big is allocated. */
class RfbClientBadInputTest {
    private static final RfbOptions TIGHT = RfbOptions.defaults().withEncodings(List.of(7));

    private static String reasonFor(FakeServer.Script script) throws Exception {
        try (FakeServer server = FakeServer.start(script)) {
            RecordingListener listener = new RecordingListener(null, "x");
            new RfbClient(server.transport(), TIGHT, listener).start();
            String reason = listener.awaitDisconnected();
            assertThat(listener.disconnects()).isEqualTo(1);
            return reason;
        }
    }

    /** Connects with None and reads the init messages, then lets {@code body} misbehave. */
    private static String reasonAfterInit(int width, int height, FakeServer.Script body) throws Exception {
        return reasonFor((in, out) -> {
            noneHandshake38(in, out);
            serverInit(out, width, height, "fake");
            readInitMessages(in);
            body.play(in, out);
            out.flush();
            in.read();
        });
    }

    @Test
    void wrongVersionString() throws Exception {
        String reason = reasonFor((in, out) -> {
            out.write("SSH-2.0-Open\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            in.read();
        });
        assertThat(reason).contains("not a VNC server").contains("SSH-2.0-Open");
    }

    @Test
    void emptySecurityListCarriesTheServersReason() throws Exception {
        String reason = reasonFor((in, out) -> {
            greet(in, out, "RFB 003.008\n", "RFB 003.008\n");
            out.writeByte(0);
            reason(out, "Too many security failures");
            out.flush();
            in.read();
        });
        assertThat(reason).isEqualTo("The server refused the connection: Too many security failures");
    }

    @Test
    void version33RefusalCarriesTheReason() throws Exception {
        String reason = reasonFor((in, out) -> {
            greet(in, out, "RFB 003.003\n", "RFB 003.003\n");
            out.writeInt(0);
            reason(out, "go away");
            out.flush();
            in.read();
        });
        assertThat(reason).isEqualTo("The server refused the connection: go away");
    }

    @Test
    void absurdReasonLengthIsRefusedBeforeReading() throws Exception {
        String reason = reasonFor((in, out) -> {
            greet(in, out, "RFB 003.008\n", "RFB 003.008\n");
            out.writeByte(0);
            out.writeInt(0xFFFFFFF0);
            out.flush();
            in.read();
        });
        assertThat(reason).contains("failure reason of 4294967280 bytes is over the limit");
    }

    @Test
    void unknownSecurityTypesOnly() throws Exception {
        String reason = reasonFor((in, out) -> {
            greet(in, out, "RFB 003.008\n", "RFB 003.008\n");
            out.write(new byte[] {2, 5, 16});
            out.flush();
            in.read();
        });
        assertThat(reason).contains("no security type Summit speaks").contains("[5, 16]");
    }

    @Test
    void anonymousTlsOnlyIsRefusedWithTheJdkReason() throws Exception {
        String reason = reasonFor((in, out) -> {
            greet(in, out, "RFB 003.008\n", "RFB 003.008\n");
            out.write(new byte[] {1, 19});
            out.flush();
            assertThat(in.readUnsignedByte()).isEqualTo(19);
            out.write(new byte[] {0, 2});
            out.flush();
            assertThat(in.readUnsignedShort()).isEqualTo(2);
            out.writeByte(0);
            out.writeByte(2);
            out.writeInt(257);
            out.writeInt(258);
            out.flush();
            in.read();
        });
        assertThat(reason).contains("anonymous TLS").contains("X509");
    }

    @Test
    void absurdNameLength() throws Exception {
        String reason = reasonFor((in, out) -> {
            noneHandshake38(in, out);
            out.writeShort(640);
            out.writeShort(480);
            out.write(new byte[16]);
            out.writeInt(0x7FFFFFFF);
            out.flush();
            in.read();
        });
        assertThat(reason).contains("desktop name of 2147483647 bytes is over the limit");
    }

    @Test
    void absurdScreenSize() throws Exception {
        String reason = reasonFor((in, out) -> {
            noneHandshake38(in, out);
            serverInit(out, 65535, 65535, "huge");
            in.read();
        });
        assertThat(reason).contains("65535×65535 is out of bounds");
    }

    @Test
    void rectangleOffTheScreen() throws Exception {
        String reason = reasonAfterInit(16, 16, (in, out) -> {
            updateHeader(out, 1);
            rectHeader(out, 10, 10, 10, 10, 7);
        });
        assertThat(reason).contains("lies outside the 16×16 screen");
    }

    @Test
    void encodingWeDidNotAskFor() throws Exception {
        String reason = reasonAfterInit(16, 16, (in, out) -> {
            updateHeader(out, 1);
            rectHeader(out, 0, 0, 1, 1, 2);
        });
        assertThat(reason).contains("encoding 2, which we did not ask for");
    }

    @Test
    void absurdCursor() throws Exception {
        String reason = reasonAfterInit(16, 16, (in, out) -> {
            updateHeader(out, 1);
            rectHeader(out, 0, 0, 5000, 5000, Encodings.CURSOR);
        });
        assertThat(reason).contains("cursor of 5000×5000 is over the limit");
    }

    @Test
    void resizeBeyondTheLimit() throws Exception {
        String reason = reasonAfterInit(16, 16, (in, out) -> {
            updateHeader(out, 1);
            rectHeader(out, 0, 0, 40000, 10, Encodings.DESKTOP_SIZE);
        });
        assertThat(reason).contains("40000×10 is out of bounds");
    }

    @Test
    void unknownServerMessage() throws Exception {
        String reason = reasonAfterInit(16, 16, (in, out) -> out.writeByte(77));
        assertThat(reason).contains("message type 77");
    }

    @Test
    void streamEndingMidUpdate() throws Exception {
        String reason = reasonFor((in, out) -> {
            noneHandshake38(in, out);
            serverInit(out, 16, 16, "fake");
            readInitMessages(in);
            updateHeader(out, 2);
            rectHeader(out, 0, 0, 4, 4, 7);
            out.flush();
        });
        assertThat(reason).isEqualTo("The server closed the connection.");
    }
}
