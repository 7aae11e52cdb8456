package dev.summit.console.rfb.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.console.rfb.decoder.Framebuffer;
import dev.summit.console.testing.QemuVncServer;
import dev.summit.console.testing.RecordingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Against QEMU's own VNC server with a guest booting the grub-rescue CD: the GRUB screen arrives,
 * every encoding QEMU has draws the same picture as Raw, and extended key events reach the guest.
 */
@Tag("peer")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QemuPeerTest {
    /** GRUB's menu takes about a minute under nested KVM on a busy CI machine; emulation is slower still. */
    private static final Duration BOOT = Duration.ofSeconds(QemuVncServer.kvmUsable() ? 180 : 600);
    /** VGA text mode's grey highlight bar spans the menu box; glyph rows never fill this many pixels. */
    private static final int DENSE_ROW = 600;
    private static final int DOWN_SCANCODE = 0xE050;
    private static final Duration WAIT = Duration.ofSeconds(60);

    private Path dir;
    private QemuVncServer qemu;

    @BeforeAll
    void boot() throws Exception {
        dir = Files.createTempDirectory("summit-qemu-vnc");
        qemu = QemuVncServer.start(dir);
    }

    @AfterAll
    void shutDown() throws Exception {
        if (qemu != null) {
            qemu.close();
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(dir);
    }

    private RfbClient connect(RfbOptions options, RecordingListener listener) throws Exception {
        RfbClient client = new RfbClient(qemu.connect(), options, listener);
        client.start();
        listener.await("GRUB on screen (more than one colour)", BOOT,
                () -> listener.frames() > 0 && colours(client.framebuffer()) > 1);
        return client;
    }

    private static long colours(Framebuffer fb) {
        int[] pixels = new int[fb.width() * fb.height()];
        fb.copyTo(pixels);
        return Arrays.stream(pixels).limit(pixels.length).distinct().limit(3).count();
    }

    private static int[] pixels(Framebuffer fb) {
        int[] pixels = new int[fb.width() * fb.height()];
        fb.copyTo(pixels);
        return pixels;
    }

    /**
     * Waits for GRUB's menu, then presses Down as an extended key event whose keysym says "a": only
     * the scancode can move the highlight bar, so the bar moving proves the scancode reached the guest.
     */
    @Test
    void extendedKeyEventsReachTheGuest() throws Exception {
        RecordingListener listener = new RecordingListener();
        try (RfbClient client = connect(RfbOptions.defaults(), listener)) {
            listener.await("QEMU to acknowledge extended key events", WAIT, client::sendsScancodes);
            assertThat(listener.events()).contains("leds 0");
            listener.await("GRUB's menu", BOOT, () -> highlightTop(client.framebuffer()) >= 0);
            int[] stableTop = {-1};
            listener.await("the menu to settle", WAIT, () -> {
                int top = highlightTop(client.framebuffer());
                boolean settled = top == stableTop[0];
                stableTop[0] = top;
                sleepQuietly(500);
                return settled;
            });
            client.key('a', DOWN_SCANCODE, true);
            client.key('a', DOWN_SCANCODE, false);
            listener.await("the highlight bar to move down one entry", WAIT,
                    () -> highlightTop(client.framebuffer()) > stableTop[0]);
        }
        assertThat(listener.awaitDisconnected()).isEqualTo("Connection closed.");
    }

    /** The first row of GRUB's highlight bar (eight dense rows in a row), or -1 while there is none. */
    private static int highlightTop(Framebuffer fb) {
        int[] p = pixels(fb);
        int run = 0;
        for (int y = 0; y < fb.height(); y++) {
            int lit = 0;
            for (int x = 0; x < fb.width(); x++) {
                if ((p[y * fb.width() + x] & 0xFFFFFF) != 0) {
                    lit++;
                }
            }
            run = lit >= DENSE_ROW ? run + 1 : 0;
            if (run == 8) {
                return y - 7;
            }
        }
        return -1;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** QEMU implements Raw, Hextile, Zlib, ZRLE and Tight; each must draw exactly what Raw draws. */
    @Test
    void everyEncodingDrawsWhatRawDraws() throws Exception {
        RecordingListener rawListener = new RecordingListener();
        try (RfbClient raw = connect(RfbOptions.defaults().withEncodings(List.of(Encodings.RAW)), rawListener)) {
            for (int encoding : List.of(Encodings.HEXTILE, Encodings.ZLIB, Encodings.ZRLE, Encodings.TIGHT)) {
                RecordingListener listener = new RecordingListener();
                RfbOptions only = RfbOptions.defaults().withEncodings(List.of(encoding)).withJpegQuality(-1);
                try (RfbClient client = connect(only, listener)) {
                    listener.await(Encodings.name(encoding) + " equal to Raw", WAIT,
                            () -> Arrays.equals(pixels(raw.framebuffer()), pixels(client.framebuffer())));
                    assertThat(client.statistics().dominantEncodingName()).isEqualTo(Encodings.name(encoding));
                }
                assertThat(listener.awaitDisconnected()).isEqualTo("Connection closed.");
            }
        }
    }
}
