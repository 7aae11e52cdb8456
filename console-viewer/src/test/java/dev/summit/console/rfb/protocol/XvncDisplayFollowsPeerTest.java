package dev.summit.console.rfb.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.console.rfb.decoder.Framebuffer;
import dev.summit.console.testing.RecordingListener;
import dev.summit.console.testing.ScreenDump;
import dev.summit.console.testing.SocketTransport;
import dev.summit.console.testing.XvncServer;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against TigerVNC's Xvnc, which offers ExtendedDesktopSize, ContinuousUpdates and Fence: the
 * server's own screen follows our SetDesktopSize, updates keep coming without requests, and what an
 * X client puts on the server's clipboard reaches us.
 */
@Tag("peer")
class XvncDisplayFollowsPeerTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private static RfbClient connect(XvncServer server, RecordingListener listener) throws Exception {
        RfbClient client = new RfbClient(SocketTransport.tcp(server.port()), RfbOptions.defaults().withJpegQuality(-1), listener);
        client.start();
        listener.await("first frame", WAIT, () -> listener.frames() > 0);
        return client;
    }

    @Test
    void theServersScreenTakesTheSizeWeAskFor() throws Exception {
        try (XvncServer server = XvncServer.start(dir, "-SecurityTypes", "None");
             RfbClient client = connect(server, new RecordingListener())) {
            assertThat(client.canResizeDesktop()).as("Xvnc offers ExtendedDesktopSize").isTrue();
            client.resizeDesktop(640, 480);

            awaitTrue("the framebuffer at 640×480", () -> client.framebuffer().width() == 640 && client.framebuffer().height() == 480);
            ScreenDump real = server.screen();
            assertThat(real.width()).as("the X server's own screen").isEqualTo(640);
            assertThat(real.height()).isEqualTo(480);
        }
    }

    @Test
    void continuousUpdatesKeepTheScreenCurrentAfterAResize() throws Exception {
        RecordingListener listener = new RecordingListener();
        try (XvncServer server = XvncServer.start(dir, "-SecurityTypes", "None");
             RfbClient client = connect(server, listener)) {
            listener.await("continuous updates on", WAIT, client::continuousUpdates);
            client.resizeDesktop(400, 300);
            listener.await("resized", WAIT, () -> listener.events().contains("resized 400x300"));

            server.x("xsetroot", "-solid", "#336699");
            awaitSameAsScreen(server, client, listener);
            server.x("xsetroot", "-solid", "#993366");
            awaitSameAsScreen(server, client, listener);
            assertThat(listener.disconnects()).isZero();
        }
    }

    @Test
    void theServersClipboardReachesUs() throws Exception {
        RecordingListener listener = new RecordingListener();
        try (XvncServer server = XvncServer.start(dir, "-SecurityTypes", "None");
             RfbClient client = connect(server, listener)) {
            setClipboard(server, "copied in the guest: café");
            listener.await("the server's clipboard", WAIT, () -> "copied in the guest: café".equals(listener.clipboard()));
            assertThat(client.state()).isEqualTo(RfbState.CONNECTED);
        }
    }

    /** xclip keeps serving the selection from a child of its own, which ends with the X server. */
    private static void setClipboard(XvncServer server, String text) throws Exception {
        Process xclip = new ProcessBuilder(List.of("xclip", "-display", server.displayName(), "-selection", "clipboard", "-i"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = xclip.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(xclip.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    private static void awaitSameAsScreen(XvncServer server, RfbClient client, RecordingListener listener) throws Exception {
        ScreenDump expected = server.screen();
        Framebuffer fb = client.framebuffer();
        listener.await("framebuffer equal to the X screen", WAIT, () -> {
            if (fb.width() != expected.width() || fb.height() != expected.height()) {
                return false;
            }
            int[] actual = new int[fb.width() * fb.height()];
            fb.copyTo(actual);
            return Arrays.equals(actual, expected.argb());
        });
    }

    private static void awaitTrue(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        new RecordingListener().await(what, WAIT, condition);
    }
}
