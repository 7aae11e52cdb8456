package dev.summit.app.bench.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.console.rfb.protocol.Encodings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console benchmark's pieces on tiny inputs: no servers, no timing asserted. */
class ConsoleBenchmarkPiecesTest {
    private static final Duration BRIEF = Duration.ofMillis(1);

    private static BuiltStreams.Screen screen(int width, int height, int argb) {
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, argb);
        return new BuiltStreams.Screen(width, height, pixels);
    }

    /** Two screens differing in one 3×2 patch: the full first screen, then only the patch. */
    private static List<BuiltStreams.Screen> twoScreens() {
        BuiltStreams.Screen first = screen(40, 30, 0xFF336699);
        BuiltStreams.Screen second = screen(40, 30, 0xFF336699);
        for (int y = 10; y < 12; y++) {
            for (int x = 5; x < 8; x++) {
                second.argb()[y * 40 + x] = 0xFFFF0000;
            }
        }
        return List.of(first, second);
    }

    @Test
    void zlibStreamReplaysEveryPixelItCarries() throws Exception {
        BuiltStreams.Built zlib = BuiltStreams.zlib(twoScreens());
        ReplayThroughput.Result result = ReplayThroughput.measure("Zlib", Encodings.ZLIB, zlib.bytes(), zlib.frames(),
                BRIEF, BRIEF);

        assertThat(result.frames()).isEqualTo(2);
        assertThat(result.pixels()).isEqualTo(40 * 30 + 3 * 2);
        assertThat(result.passes()).isGreaterThanOrEqualTo(2);
        assertThat(result.megapixelsPerSecond()).isPositive();
    }

    @Test
    void tightPngAndCopyRectStreamsReplay() throws Exception {
        BuiltStreams.Built tightPng = BuiltStreams.tightPng(twoScreens());
        BuiltStreams.Built copyRect = BuiltStreams.copyRect(twoScreens().get(0), 3);
        ReplayThroughput.Result png = ReplayThroughput.measure("TightPNG", Encodings.TIGHT_PNG, tightPng.bytes(),
                tightPng.frames(), BRIEF, BRIEF);
        ReplayThroughput.Result copies = ReplayThroughput.measure("CopyRect", Encodings.COPY_RECT, copyRect.bytes(),
                copyRect.frames(), BRIEF, BRIEF);

        assertThat(png.pixels()).isEqualTo(40 * 30 + 3 * 2);
        assertThat(copies.frames()).isEqualTo(4);
        assertThat(copies.pixels()).isEqualTo(3L * 40 * (30 - BuiltStreams.SCROLL));
    }

    @Test
    void brokenStreamIsAnErrorNotAFastResult() {
        BuiltStreams.Built zlib = BuiltStreams.zlib(twoScreens());
        byte[] cut = Arrays.copyOf(zlib.bytes(), zlib.bytes().length - 5);

        assertThatThrownBy(() -> ReplayThroughput.measure("Zlib", Encodings.ZLIB, cut, zlib.frames(), BRIEF, BRIEF))
                .isInstanceOf(IOException.class);
    }

    @Test
    void tigerVncReplayStartsTheUpdatesAfterServerInit() {
        BuiltStreams.Built zlib = BuiltStreams.zlib(twoScreens());
        int handshake = TigerVncReplay.handshakeLength(zlib.bytes());

        assertThat(handshake).isPositive().isLessThan(zlib.bytes().length);
        // A FramebufferUpdate (message type 0) comes next.
        assertThat(zlib.bytes()[handshake]).isZero();
        assertThat(TigerVncReplay.handshakeLength(Arrays.copyOf(zlib.bytes(), handshake - 1))).isEqualTo(-1);
        assertThat(TigerVncReplay.handshakeLength("RFB 003.003\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isEqualTo(-1);
    }

    @Test
    void changedBoxIsTheBoundingBoxOfDifferences() {
        List<BuiltStreams.Screen> screens = twoScreens();

        assertThat(BuiltStreams.changed(screens.get(0), screens.get(1))).containsExactly(5, 10, 3, 2);
        assertThat(BuiltStreams.changed(screens.get(0), screens.get(0))).isNull();
    }

    @Test
    void xvncStatisticsOfTheLastClientAreRead() {
        String log = """
                 EncodeManager: Framebuffer updates: 7
                 EncodeManager:   Raw:
                 EncodeManager:     Full Colour: 1 rects, 1 kpixels
                 Connections: closed: 127.0.0.1::1
                 VNCSConnST:  closing 127.0.0.1::52660: Clean disconnection
                 EncodeManager: Framebuffer updates: 12
                 EncodeManager:   Tight:
                 EncodeManager:     Solid: 21 rects, 955.782 kpixels
                 EncodeManager:            336 B (1:11379.1 ratio)
                 EncodeManager:   Tight (JPEG):
                 EncodeManager:     Full Colour: 24 rects, 95.728 kpixels
                 EncodeManager:   Total: 101 rects, 1.12794 Mpixels
                 Connections: closed: 127.0.0.1::52660
                """;

        XvncClientStats stats = XvncClientStats.lastIn(log, 0);

        assertThat(stats.updates()).isEqualTo(12);
        assertThat(stats.encoders()).containsExactly("Tight", "Tight (JPEG)");
        assertThat(XvncClientStats.lastIn(log, log.length())).isNull();
    }

    @Test
    void percentilesComeFromTheSortedPresses() {
        KeyLatency.Result result = new KeyLatency.Result(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0,
                11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0));

        assertThat(result.median()).isEqualTo(10.0);
        assertThat(result.p95()).isEqualTo(19.0);
    }

    @Test
    void savedStreamsDecodeLikeTheOriginals(@TempDir Path dir) throws Exception {
        BuiltStreams.Built zlib = BuiltStreams.zlib(twoScreens());
        DecodeStreams.save(dir, List.of(new DecodeStreams.Source("Zlib", Encodings.ZLIB, zlib, "built from two screens")));

        List<DecodeStreams.Source> loaded = DecodeStreams.load(dir);
        assertThat(loaded).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Zlib");
            assertThat(s.source()).isEqualTo("built from two screens");
            assertThat(s.stream().bytes()).isEqualTo(zlib.bytes());
            assertThat(s.stream().frames()).isEqualTo(2);
        });
        assertThat(ConsoleBenchmark.decode(dir, 1, step -> { })).singleElement()
                .satisfies(t -> assertThat(t.result().pixels()).isEqualTo(40 * 30 + 3 * 2));
        assertThatThrownBy(() -> DecodeStreams.load(dir.resolve("nothing-here")))
                .isInstanceOf(IOException.class).hasMessageContaining("--keep-streams");
    }
}
