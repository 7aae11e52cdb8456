package dev.summit.console.rfb.protocol;

import static dev.summit.console.testing.ServerSide.noneHandshake38;
import static dev.summit.console.testing.ServerSide.readInitMessages;
import static dev.summit.console.testing.ServerSide.rectHeader;
import static dev.summit.console.testing.ServerSide.serverInit;
import static dev.summit.console.testing.ServerSide.tightFill;
import static dev.summit.console.testing.ServerSide.updateHeader;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.console.testing.FakeServer;
import dev.summit.console.testing.RecordingListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Server messages and pseudo-encodings after initialisation, and what the client answers. */
class RfbClientServerMessagesTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void updatesPseudoEncodingsAndInput() throws Exception {
        CountDownLatch keysSent = new CountDownLatch(1);
        CountDownLatch fullRequestRead = new CountDownLatch(1);
        try (FakeServer server = FakeServer.start((in, out) -> {
            noneHandshake38(in, out);
            serverInit(out, 8, 8, "fake");
            readInitMessages(in);
            updateHeader(out, 6);
            tightFill(out, 0, 0, 8, 8, 0x336699);
            tightFill(out, 2, 2, 2, 2, 0xFFCC00);
            rectHeader(out, 1, 0, 2, 1, Encodings.CURSOR);
            out.write(new byte[] {0, 0, (byte) 255, 0, 0, (byte) 255, 0, 0});
            out.writeByte(0x80);
            rectHeader(out, 0, 0, 0, 0, Encodings.LED_STATE);
            out.writeByte(0x04);
            rectHeader(out, 0, 0, 0, 0, Encodings.QEMU_EXTENDED_KEY_EVENT);
            rectHeader(out, 0, 0, 0, 0, Encodings.LAST_RECT);
            out.writeByte(2);
            out.writeByte(3);
            out.write(new byte[3]);
            out.writeInt(3);
            out.write(new byte[] {'h', 'i', (byte) 0xE9});
            out.writeByte(1);
            out.write(new byte[] {0, 0, 0, 0, 1});
            out.write(new byte[6]);
            out.flush();
            assertThat(in.readUnsignedByte()).as("next request").isEqualTo(3);
            assertThat(in.readUnsignedByte()).as("incremental").isEqualTo(1);
            in.readFully(new byte[8]);
            keysSent.await(10, TimeUnit.SECONDS);
            assertThat(in.readUnsignedByte()).as("QEMU message").isEqualTo(255);
            assertThat(in.readUnsignedByte()).isEqualTo(0);
            assertThat(in.readUnsignedShort()).isEqualTo(1);
            assertThat(in.readInt()).isEqualTo(0xffe4);
            assertThat(in.readInt()).isEqualTo(0x9d);
            assertThat(in.readUnsignedByte()).as("plain KeyEvent without scancode").isEqualTo(4);
            assertThat(in.readUnsignedByte()).isEqualTo(0);
            in.readUnsignedShort();
            assertThat(in.readInt()).isEqualTo('a');
            assertThat(in.readUnsignedByte()).as("pointer").isEqualTo(5);
            assertThat(in.readUnsignedByte()).isEqualTo(1);
            assertThat(in.readUnsignedShort()).as("x clamped to the screen").isEqualTo(7);
            assertThat(in.readUnsignedShort()).isEqualTo(0);
            assertThat(in.readUnsignedByte()).as("clipboard").isEqualTo(6);
            in.readFully(new byte[3]);
            assertThat(in.readInt()).isEqualTo(2);
            assertThat(in.readUnsignedShort()).isEqualTo(('o' << 8) | 'k');
            // A resize, then the client must ask for a full (non-incremental) update of the new size.
            updateHeader(out, 1);
            rectHeader(out, 0, 0, 10, 6, Encodings.DESKTOP_SIZE);
            out.flush();
            assertThat(in.readUnsignedByte()).isEqualTo(3);
            assertThat(in.readUnsignedByte()).as("full update after resize").isEqualTo(0);
            in.readFully(new byte[4]);
            assertThat(in.readUnsignedShort()).isEqualTo(10);
            assertThat(in.readUnsignedShort()).isEqualTo(6);
            fullRequestRead.countDown();
            assertThat(in.read()).as("the client closes first").isEqualTo(-1);
        })) {
            RecordingListener listener = new RecordingListener();
            RfbClient client = new RfbClient(server.transport(), RfbOptions.defaults().withEncodings(List.of(7)), listener);
            client.start();
            listener.await("clipboard", WAIT, () -> listener.clipboard() != null);
            assertThat(client.framebuffer().get(0, 0)).isEqualTo(0xFF336699);
            assertThat(client.framebuffer().get(3, 3)).isEqualTo(0xFFFFCC00);
            assertThat(listener.cursor().argb()).containsExactly(0xFFFF0000, 0);
            assertThat(listener.cursor().hotspotX()).isEqualTo(1);
            assertThat(listener.leds()).isEqualTo(4);
            assertThat(listener.clipboard()).isEqualTo("hié");
            assertThat(client.sendsScancodes()).isTrue();
            RfbStatistics statistics = client.statistics();
            assertThat(statistics.framesCompleted()).isEqualTo(1);
            assertThat(statistics.dominantEncodingName()).isEqualTo("Tight");
            assertThat(statistics.bytesReceived()).isGreaterThan(100);

            client.key(0xffe4, 0xe01d, true);
            client.key('a', 0, false);
            client.pointer(99, -4, 1);
            client.clipboard("ok");
            keysSent.countDown();
            listener.await("resize", WAIT, () -> listener.events().contains("resized 10x6"));
            assertThat(client.framebuffer().width()).isEqualTo(10);
            // The client reports the resize before it sends its full request: closing at once would race it.
            assertThat(fullRequestRead.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(listener.events()).containsSubsequence("state CONNECTED", "cursor 2x1", "leds 4", "bell",
                    "clipboard hié", "resized 10x6");
            client.close();
            assertThat(listener.awaitDisconnected()).isEqualTo("Connection closed.");
            server.awaitScript();
        }
    }
}
