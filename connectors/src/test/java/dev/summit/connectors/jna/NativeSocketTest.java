package dev.summit.connectors.jna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real socketpair stands in for the descriptor libvirt hands over. */
class NativeSocketTest {
    /** What the test plays on the server's end. */
    interface PeerLibc extends Library {
        PeerLibc LIB = Native.load("c", PeerLibc.class);

        int socketpair(int domain, int type, int protocol, int[] sv) throws LastErrorException;

        NativeLong write(int fd, byte[] buf, NativeLong count) throws LastErrorException;

        NativeLong read(int fd, byte[] buf, NativeLong count) throws LastErrorException;

        int fcntl(int fd, int cmd, int arg) throws LastErrorException;

        int close(int fd) throws LastErrorException;
    }

    private static final int AF_UNIX = 1;
    private static final int SOCK_STREAM = 1;
    private static final int F_GETFD = 1;

    private int ours;
    private int peer;
    private NativeSocket socket;

    @BeforeEach
    void pair() {
        int[] fds = new int[2];
        PeerLibc.LIB.socketpair(AF_UNIX, SOCK_STREAM, 0, fds);
        ours = fds[0];
        peer = fds[1];
        socket = NativeSocket.adopt(ours);
    }

    @AfterEach
    void closePeer() {
        socket.close();
        if (peer >= 0) {
            PeerLibc.LIB.close(peer);
        }
    }

    @Test
    void bytesFlowBothWays() throws IOException {
        byte[] greeting = "RFB 003.008\n".getBytes(StandardCharsets.US_ASCII);
        PeerLibc.LIB.write(peer, greeting, new NativeLong(greeting.length));
        assertThat(socket.input().readNBytes(greeting.length)).isEqualTo(greeting);

        byte[] large = new byte[200_000];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31);
        }
        CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> readFromPeer(large.length));
        socket.output().write(large);
        assertThat(received.join()).isEqualTo(large);
    }

    @Test
    void closeWakesABlockedReaderAndReleasesTheDescriptor() throws Exception {
        CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return socket.input().read(new byte[16], 0, 16);
            } catch (IOException e) {
                return -2;
            }
        });
        Thread.sleep(200);
        assertThat(reader).isNotDone();

        socket.close();

        assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo(-1);
        assertThatThrownBy(() -> PeerLibc.LIB.fcntl(ours, F_GETFD, 0)).isInstanceOf(LastErrorException.class);
        assertThatThrownBy(() -> socket.output().write(1)).isInstanceOf(IOException.class);
        assertThat(socket.input().read()).isEqualTo(-1);
        socket.close();
    }

    @Test
    void aPeerThatHangsUpEndsTheStream() throws IOException {
        PeerLibc.LIB.close(peer);
        peer = -1;
        assertThat(socket.input().read()).isEqualTo(-1);
        assertThatThrownBy(() -> socket.output().write(new byte[1 << 20])).isInstanceOf(IOException.class);
    }

    private byte[] readFromPeer(int length) {
        byte[] all = new byte[length];
        byte[] chunk = new byte[65536];
        int done = 0;
        while (done < length) {
            int n = PeerLibc.LIB.read(peer, chunk, new NativeLong(Math.min(chunk.length, length - done))).intValue();
            System.arraycopy(chunk, 0, all, done, n);
            done += n;
        }
        return all;
    }
}
