package dev.summit.console.rfb.decoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.summit.console.rfb.decoder.TightWireTest.Wire;
import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Valid recorded streams, mutated and truncated with a fixed seed, plus hand-made absurd cases:
 * every outcome must be success or an IOException (never another exception, never an Error such as
 * OutOfMemoryError, never a hang). Decoders written elsewhere are looked up by class name, so this
 * fuzzes whichever exist; the connection's own check that a rectangle lies on screen is replayed.
 */
class DecoderFuzzTest {
    private static final long SEED = 0x5EED_7167L;
    private static final long CASE_TIMEOUT_MS = 5_000;
    private static final String PACKAGE = "dev.summit.console.rfb.decoder.";
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "decoder-fuzz");
        thread.setDaemon(true); // a hung decode must not keep the test JVM alive
        return thread;
    });

    /** A decoder, the screen it draws on, and the rectangles a server sent, bodies back to back. */
    record Recording(String name, Supplier<Decoder> decoder, int width, int height, List<Rect> rects, byte[] stream) {
    }

    @AfterAll
    static void stopWorker() {
        WORKER.shutdownNow();
    }

    @TestFactory
    Stream<DynamicTest> mutatedRecordingsFailCleanly() {
        return Recordings.NAMES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Recording recording = Recordings.recording(name);
            assumeTrue(recording != null, name + "Decoder does not exist (yet)");
            play(recording.decoder().get(), recording, recording.stream(), recording.rects()); // the original is valid
            fuzz(recording, name.startsWith("Tight") ? 2500 : 600);
        }));
    }

    private static void fuzz(Recording recording, int cases) throws Exception {
        Random random = new Random(SEED ^ recording.name().hashCode());
        List<String> failures = new ArrayList<>();
        int succeeded = 0;
        for (int i = 0; i < cases; i++) {
            byte[] stream = recording.stream().clone();
            List<Rect> rects = new ArrayList<>(recording.rects());
            StringBuilder what = new StringBuilder();
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                stream = mutate(stream, rects, recording, random, what);
            }
            byte[] input = stream;
            Throwable outcome = run(() -> play(recording.decoder().get(), recording, input, rects)).thrown();
            if (outcome == null) {
                succeeded++;
            } else if (!(outcome instanceof IOException) && failures.size() < 5) {
                failures.add("case " + i + " (" + what + "): " + stackTrace(outcome));
            }
        }
        assertThat(failures).as(recording.name() + ": outcomes other than success or IOException").isEmpty();
        // Mutations that always fail (or never do) would exercise only one path of the decoder.
        assertThat(succeeded).as(recording.name() + " cases that still decoded").isBetween(1, cases - 1);
    }

    private static final List<String> MUTATIONS = List.of("truncate", "set", "flip", "insert", "delete", "repeat", "resize");
    private static final int[] INTERESTING = {0x00, 0xFF, 0x7F, 0x80, 0x01};

    private static byte[] mutate(byte[] s, List<Rect> rects, Recording rec, Random random, StringBuilder what) {
        int at = s.length == 0 ? 0 : random.nextInt(s.length);
        int end = Math.min(s.length, at + 1 + random.nextInt(32));
        int kind = random.nextInt(MUTATIONS.size());
        what.append(MUTATIONS.get(kind)).append('@').append(at).append(' ');
        if (kind == 0) {
            return Arrays.copyOf(s, at);
        } else if (kind <= 2 && s.length > 0) {
            s[at] = kind == 1 ? (byte) INTERESTING[random.nextInt(INTERESTING.length)] : (byte) (s[at] ^ 1 << random.nextInt(8));
        } else if (kind == 3) {
            return concat(Arrays.copyOf(s, at), Recordings.noise(random, 1 + random.nextInt(8)), Arrays.copyOfRange(s, at, s.length));
        } else if (kind == 4) {
            return concat(Arrays.copyOf(s, at), Arrays.copyOfRange(s, end, s.length));
        } else if (kind == 5) {
            return concat(Arrays.copyOf(s, end), Arrays.copyOfRange(s, at, s.length));
        } else if (kind == 6) {
            // A header that disagrees with its body, sometimes absurdly large (the screen check catches those).
            int index = random.nextInt(rects.size());
            Rect r = rects.get(index);
            int w = random.nextBoolean() ? random.nextInt(rec.width() + 1) : random.nextInt(Framebuffer.MAX_SIDE + 2);
            int h = random.nextBoolean() ? random.nextInt(rec.height() + 1) : random.nextInt(Framebuffer.MAX_SIDE + 2);
            rects.set(index, new Rect(r.x(), r.y(), w, h, r.encoding()));
        }
        return s;
    }

    @Test
    void anAbsurdRectangleIsRefusedByTheTightDecodersThemselves() throws Exception {
        for (Decoder decoder : List.of(new TightDecoder(), new TightPngDecoder())) {
            for (byte[] body : new byte[][] {{(byte) 0x80, 1, 2}, {0x00, 1, 2}, {(byte) 0xA0, 1, 2}}) {
                Throwable outcome = run(() -> decoder.decode(new Rect(0, 0, 16384, 16384, decoder.encoding()),
                        input(body), new Framebuffer(64, 64))).thrown();
                assertThat(outcome).isExactlyInstanceOf(RfbProtocolException.class).hasMessageContaining("outside");
            }
        }
    }

    @Test
    void aLargeLegalRectangleWithAThreeByteBodyAllocatesNothingLikeItsSize() throws Exception {
        Framebuffer fb = new Framebuffer(16384, 1024);
        Rect whole = new Rect(0, 0, 16384, 1024, 0);
        Random random = new Random(SEED);
        for (String name : Recordings.NAMES) {
            Supplier<Decoder> decoder = Recordings.find(name);
            if (decoder == null) {
                continue;
            }
            // Ours stream row by row, so they stay far below even the 3-byte-per-pixel image;
            // the others must at least never allocate more than the rectangle (4 bytes per pixel).
            long limit = name.startsWith("Tight") ? 6L << 20 : whole.area() * 4 + (1 << 20);
            for (int i = 0; i < 40; i++) {
                byte[] body = new byte[3];
                random.nextBytes(body);
                Outcome outcome = run(() -> play(decoder.get(), fb, input(body), List.of(whole)));
                assertThat(outcome.thrown()).as("%s with %s", name, Arrays.toString(body)).isInstanceOf(IOException.class);
                assertThat(outcome.allocated()).as("%s bytes allocated for %s", name, Arrays.toString(body)).isLessThan(limit);
            }
        }
    }

    @Test
    void aZlibBombThatInflatesToAGibibyteIsStoppedAtTheRectangle() throws Exception {
        byte[] bomb = Wire.gibibyteBomb();
        assertThat(bomb.length).isLessThan(1_100_000);
        Rect rect = new Rect(0, 0, 2048, 512, 7);
        Framebuffer fb = new Framebuffer(2048, 512);
        byte[] body = Wire.of().u8(0x00).compact(bomb.length).bytes(bomb).build();
        long started = System.nanoTime();
        Outcome outcome = run(() -> new TightDecoder().decode(rect, input(body), fb));
        assertThat(outcome.thrown()).isExactlyInstanceOf(RfbProtocolException.class).hasMessageContaining("beyond");
        assertThat(outcome.allocated()).as("bytes allocated").isLessThan(1L << 20);
        assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(2));

        // The others' zlib decoders, where they exist: a clean outcome, within their rectangle's memory.
        for (String name : new String[] {"Zlib", "Zrle"}) {
            Supplier<Decoder> decoder = Recordings.find(name);
            if (decoder != null) {
                byte[] framed = concat(new byte[] {0, (byte) (bomb.length >> 16), (byte) (bomb.length >> 8), (byte) bomb.length}, bomb);
                Rect small = new Rect(0, 0, 64, 64, 0);
                Outcome theirs = run(() -> play(decoder.get(), new Framebuffer(64, 64), input(framed), List.of(small)));
                assertThat(theirs.thrown() == null || theirs.thrown() instanceof IOException).as(name + ": " + theirs.thrown()).isTrue();
                assertThat(theirs.allocated()).as(name + " bytes allocated").isLessThan(bomb.length + small.area() * 4 + (4 << 20));
            }
        }
    }

    @Test
    void theBombReallyRepeatsAMebibyteOfZerosPerBlock() throws Exception {
        // Inflating the whole gibibyte takes seconds; one prefix and two repeats show the repetition is valid.
        byte[] bomb = Wire.gibibyteBomb();
        int block = (bomb.length - Wire.bombPrefix()) / 1024;
        Inflater inflater = new Inflater();
        inflater.setInput(bomb, 0, Wire.bombPrefix() + 2 * block);
        byte[] out = new byte[65536];
        long total = 0;
        for (int n; (n = inflater.inflate(out)) > 0; ) {
            total += n;
        }
        assertThat(total).isEqualTo(1 + (2L << 20));
    }

    /** The connection's part: each rectangle must lie on screen before its decoder sees it. */
    static void play(Decoder decoder, Recording recording, byte[] stream, List<Rect> rects) throws IOException {
        play(decoder, new Framebuffer(recording.width(), recording.height()), input(stream), rects);
    }

    static void play(Decoder decoder, Framebuffer fb, RfbInput in, List<Rect> rects) throws IOException {
        for (Rect rect : rects) {
            fb.checkInside(rect);
            decoder.decode(rect, in, fb);
        }
    }

    interface Body {
        void run() throws Exception;
    }

    /** What a run threw (Errors included; null for success) and how many bytes its thread allocated. */
    record Outcome(Throwable thrown, long allocated) {
    }

    /** Runs on the worker thread with a time limit, so a hang fails the test instead of stalling it. */
    static Outcome run(Body body) throws Exception {
        Future<Outcome> future = WORKER.submit((Callable<Outcome>) () -> {
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long before = threads.getCurrentThreadAllocatedBytes();
            Throwable thrown = null;
            try {
                body.run();
            } catch (Throwable t) {
                thrown = t;
            }
            return new Outcome(thrown, threads.getCurrentThreadAllocatedBytes() - before);
        });
        try {
            return future.get(CASE_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("decoder hung for over " + CASE_TIMEOUT_MS + " ms");
        }
    }

    static RfbInput input(byte[] bytes) {
        return new RfbInput(new ByteArrayInputStream(bytes));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String stackTrace(Throwable t) {
        StringBuilder text = new StringBuilder(t.toString());
        for (StackTraceElement e : Arrays.copyOf(t.getStackTrace(), Math.min(6, t.getStackTrace().length))) {
            text.append("\n    at ").append(e);
        }
        return text.toString();
    }

    /** Valid streams, built the way servers send them (spec layouts, persistent sync-flushed zlib). */
    static final class Recordings {
        static final List<String> NAMES = List.of("Tight", "TightPng", "Raw", "CopyRect", "Hextile", "Zlib", "Zrle");

        /** The named decoder, if its class exists yet and has a public no-argument constructor. */
        static Supplier<Decoder> find(String name) {
            for (String candidate : name.equals("Zrle") ? List.of("ZrleDecoder", "ZRLEDecoder") : List.of(name + "Decoder")) {
                try {
                    Class<?> type = Class.forName(PACKAGE + candidate);
                    if (Decoder.class.isAssignableFrom(type)) {
                        Constructor<?> constructor = type.getConstructor();
                        return () -> {
                            try {
                                return (Decoder) constructor.newInstance();
                            } catch (ReflectiveOperationException e) {
                                throw new IllegalStateException(e);
                            }
                        };
                    }
                } catch (ClassNotFoundException | NoSuchMethodException e) {
                    // Not written yet, or it needs arguments this test cannot guess: nothing to fuzz.
                }
            }
            return null;
        }

        static Recording recording(String name) {
            Supplier<Decoder> decoder = find(name);
            if (decoder == null) {
                return null;
            }
            Random random = new Random(SEED);
            List<Rect> rects = new ArrayList<>();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Deflater[] zlib = {new Deflater(), new Deflater(), new Deflater(), new Deflater()};
            Rects add = (x, y, w, h, encoding, body) -> {
                rects.add(new Rect(x, y, w, h, encoding));
                out.writeBytes(body);
            };
            switch (name) {
                case "Tight" -> {
                    add.rect(0, 0, 96, 32, 7, Wire.of().u8(0x80, 10, 20, 30).build());
                    add.rect(0, 0, 2, 1, 7, Wire.of().u8(0x00).bytes(noise(random, 6)).build());
                    add.rect(0, 0, 16, 8, 7, Wire.of().u8(0x00).zlib(zlib[0], noise(random, 16 * 8 * 3)).build());
                    add.rect(16, 0, 13, 7, 7, Wire.of().u8(0x52, 1, 1).bytes(noise(random, 6)).zlib(zlib[1], noise(random, 14)).build());
                    add.rect(32, 0, 10, 6, 7, Wire.of().u8(0x60, 1, 5).bytes(noise(random, 18)).zlib(zlib[2], indices(random, 60, 6)).build());
                    add.rect(48, 0, 3, 3, 7, Wire.of().u8(0x40, 1, 2).bytes(noise(random, 9)).bytes(indices(random, 9, 3)).build());
                    add.rect(0, 8, 12, 7, 7, Wire.of().u8(0x70, 2).zlib(zlib[3], noise(random, 12 * 7 * 3)).build());
                    byte[] jpeg = Wire.jpeg(Wire.image(16, 16, (x, y) -> x * 0x100F00 + y * 0x0F), 0.8f);
                    add.rect(44, 8, 16, 16, 7, Wire.of().u8(0x90).compact(jpeg.length).bytes(jpeg).build());
                    add.rect(0, 16, 16, 8, 7, Wire.of().u8(0x00).zlib(zlib[0], noise(random, 16 * 8 * 3)).build());
                }
                case "TightPng" -> {
                    byte[] png = Wire.png(Wire.image(12, 9, (x, y) -> random.nextInt()));
                    byte[] jpeg = Wire.jpeg(Wire.image(16, 16, (x, y) -> x * 0x0F1000 + y), 0.7f);
                    BufferedImage indexed = new BufferedImage(20, 10, BufferedImage.TYPE_BYTE_INDEXED);
                    for (int i = 0; i < 200; i++) {
                        indexed.setRGB(i % 20, i / 20, i % 20 < 10 ? 0xFF0000 : 0x0000FF);
                    }
                    byte[] palettePng = Wire.png(indexed);
                    add.rect(0, 0, 96, 32, -260, Wire.of().u8(0x80, 1, 2, 3).build());
                    add.rect(0, 0, 12, 9, -260, Wire.of().u8(0xA0).compact(png.length).bytes(png).build());
                    add.rect(16, 0, 16, 16, -260, Wire.of().u8(0x90).compact(jpeg.length).bytes(jpeg).build());
                    add.rect(32, 0, 20, 10, -260, Wire.of().u8(0xA0).compact(palettePng.length).bytes(palettePng).build());
                    add.rect(60, 20, 30, 5, -260, Wire.of().u8(0x8F, 9, 9, 9).build());
                }
                case "Raw" -> {
                    add.rect(0, 0, 8, 4, 0, noise(random, 8 * 4 * 4));
                    add.rect(10, 10, 3, 3, 0, noise(random, 3 * 3 * 4));
                }
                case "CopyRect" -> {
                    add.rect(10, 10, 8, 8, 1, new byte[] {0, 0, 0, 0});
                    add.rect(0, 0, 5, 5, 1, new byte[] {0, 20, 0, 20});
                }
                case "Hextile" -> {
                    // Tiles: raw; background + coloured subrects; background + foreground + subrects;
                    // nothing (background reused); background only; subrects in the last foreground.
                    add.rect(0, 0, 32, 16, 5, concat(new byte[] {1}, noise(random, 16 * 16 * 4),
                            new byte[] {0x1A}, noise(random, 4), new byte[] {2}, noise(random, 4), new byte[] {0x00, (byte) 0xFF},
                            noise(random, 4), new byte[] {0x55, 0x22}));
                    add.rect(32, 0, 20, 20, 5, concat(new byte[] {0x0E}, noise(random, 8), new byte[] {1, 0x11, 0x33},
                            new byte[] {0x00}, new byte[] {0x02}, noise(random, 4), new byte[] {0x08, 1, 0x00, 0x11}));
                }
                case "Zlib" -> {
                    add.rect(0, 0, 8, 8, 6, framed(zlib[0], noise(random, 8 * 8 * 4)));
                    add.rect(8, 8, 4, 4, 6, framed(zlib[0], noise(random, 4 * 4 * 4)));
                }
                case "Zrle" -> {
                    // A 72×8 rectangle is two tiles: solid, then plain RLE (one run of 64); then packed
                    // palette, raw, and palette RLE (runs of 10, 1 and 5) tiles.
                    add.rect(0, 0, 72, 8, 16, framed(zlib[0], concat(new byte[] {1, 9, 8, 7}, new byte[] {(byte) 128, 1, 2, 3, 63})));
                    add.rect(0, 8, 8, 8, 16, framed(zlib[0], concat(new byte[] {2}, noise(random, 6), noise(random, 8))));
                    add.rect(8, 8, 4, 4, 16, framed(zlib[0], concat(new byte[] {0}, noise(random, 48))));
                    add.rect(12, 8, 4, 4, 16, framed(zlib[0], concat(new byte[] {(byte) 130}, noise(random, 6),
                            new byte[] {(byte) 0x80, 9, 0x01, (byte) 0x81, 4})));
                }
                default -> throw new IllegalArgumentException(name);
            }
            return new Recording(name, decoder, 96, 32, List.copyOf(rects), out.toByteArray());
        }

        interface Rects {
            void rect(int x, int y, int w, int h, int encoding, byte[] body);
        }

        static byte[] noise(Random random, int length) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            return bytes;
        }

        private static byte[] indices(Random random, int length, int colours) {
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++) {
                bytes[i] = (byte) random.nextInt(colours);
            }
            return bytes;
        }

        /** Zlib and ZRLE framing: a U32 length, then the sync-flushed bytes of the persistent stream. */
        private static byte[] framed(Deflater server, byte[] data) {
            byte[] compressed = Wire.deflate(server, data);
            return concat(ByteBuffer.allocate(4).putInt(compressed.length).array(), compressed);
        }
    }
}
