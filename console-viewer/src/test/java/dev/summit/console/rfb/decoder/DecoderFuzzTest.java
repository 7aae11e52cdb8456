package dev.summit.console.rfb.decoder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.console.rfb.decoder.DecoderRecordings.Recording;
import dev.summit.console.rfb.decoder.TightWireTest.Wire;
import dev.summit.console.rfb.io.RfbInput;
import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Inflater;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Valid recorded streams, mutated and truncated with a fixed seed, plus hand-made absurd cases:
 * every outcome must be success or an IOException (never another exception, never an Error such as
 * OutOfMemoryError, never a hang). Every decoder is named directly (see {@link DecoderRecordings}),
 * and a test checks that none of {@link DecoderSet}'s is left out, so nothing can be skipped; the
 * connection's own check that a rectangle lies on screen is replayed.
 */
class DecoderFuzzTest {
    static final long SEED = 0x5EED_7167L;
    /** Catches a hung decoder, not a slow one: how fast decoding is, ./run-benchmarks console measures. */
    private static final long CASE_TIMEOUT_MS = 30_000;
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "decoder-fuzz");
        thread.setDaemon(true); // a hung decode must not keep the test JVM alive
        return thread;
    });

    @AfterAll
    static void stopWorker() {
        WORKER.shutdownNow();
    }

    @TestFactory
    Stream<DynamicTest> mutatedRecordingsFailCleanly() {
        return DecoderRecordings.NAMES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Recording recording = DecoderRecordings.recording(name);
            play(recording.decoder().get(), recording, recording.stream(), recording.rects()); // the original is valid
            fuzz(recording, name.startsWith("Tight") ? 2500 : 600);
        }));
    }

    @Test
    void everyDecoderOfTheSetIsFuzzed() {
        Set<Integer> recorded = DecoderRecordings.NAMES.stream()
                .map(name -> DecoderRecordings.decoder(name).get().encoding()).collect(Collectors.toSet());
        assertThat(recorded).containsExactlyInAnyOrderElementsOf(DecoderSet.preferringTightPng().advertisedEncodings());
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
            return concat(Arrays.copyOf(s, at), DecoderRecordings.noise(random, 1 + random.nextInt(8)), Arrays.copyOfRange(s, at, s.length));
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
        for (String name : DecoderRecordings.NAMES) {
            Supplier<Decoder> decoder = DecoderRecordings.decoder(name);
            // Every decoder streams by rows or tiles, so all stay far below even a 3-byte-per-pixel
            // image of the rectangle (48 MiB here).
            long limit = 6L << 20;
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
        Outcome outcome = run(() -> new TightDecoder().decode(rect, input(body), fb));
        assertThat(outcome.thrown()).isExactlyInstanceOf(RfbProtocolException.class).hasMessageContaining("beyond");
        assertThat(outcome.allocated()).as("bytes allocated").isLessThan(1L << 20);

        // Zlib's and ZRLE's: for a small rectangle the length alone is refused, before a byte is read;
        // for one large enough to need it, the stream is stopped one window past the rectangle.
        byte[] framed = concat(new byte[] {0, (byte) (bomb.length >> 16), (byte) (bomb.length >> 8), (byte) bomb.length}, bomb);
        for (Supplier<Decoder> decoder : List.<Supplier<Decoder>>of(ZlibDecoder::new, ZrleDecoder::new)) {
            String name = decoder.get().getClass().getSimpleName();
            Outcome small = run(() -> play(decoder.get(), new Framebuffer(64, 64), input(framed), List.of(new Rect(0, 0, 64, 64, 0))));
            assertThat(small.thrown()).as(name).isExactlyInstanceOf(RfbProtocolException.class).hasMessageContaining("over the limit");
            assertThat(small.allocated()).as(name + " bytes allocated").isLessThan(1L << 20);

            Outcome large = run(() -> play(decoder.get(), fb, input(framed), List.of(rect)));
            assertThat(large.thrown()).as(name).isExactlyInstanceOf(RfbProtocolException.class).hasMessageContaining("beyond");
            assertThat(large.allocated()).as(name + " bytes allocated").isLessThan(1L << 20);
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
}
