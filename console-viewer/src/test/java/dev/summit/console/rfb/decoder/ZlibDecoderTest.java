package dev.summit.console.rfb.decoder;

import static dev.summit.console.rfb.decoder.ServerBytes.argb;
import static dev.summit.console.rfb.decoder.TightDecoderTest.decodeAll;
import static dev.summit.console.rfb.decoder.TightDecoderTest.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class ZlibDecoderTest {
    private final ZlibDecoder decoder = new ZlibDecoder();

    @Test
    void rawPixelsThroughZlib() throws IOException {
        Framebuffer fb = new Framebuffer(4, 3);
        byte[] pixels = ServerBytes.of().pixel(0x102030, 0x405060, 0x708090, 0xA0B0C0).build();
        decodeAll(decoder, fb, new Rect(1, 1, 2, 2, 6), ServerBytes.of().zlib(new Deflater(), pixels).build());
        assertThat(row(fb, 0, 0, 4)).containsOnly(0);
        assertThat(row(fb, 1, 0, 4)).containsExactly(0, argb(0x102030), argb(0x405060), 0);
        assertThat(row(fb, 2, 0, 4)).containsExactly(0, argb(0x708090), argb(0xA0B0C0), 0);
    }

    @Test
    void oneStreamLastsTheWholeConnection() throws IOException {
        // The second chunk back-references the first's bytes, so it decodes only on the same stream.
        Deflater server = new Deflater();
        byte[] pixels = ServerBytes.of().pixel(new int[] {0x123456, 0x654321, 0xABCDEF, 0xFEDCBA}).build();
        byte[] first = ServerBytes.of().zlib(server, pixels).build();
        byte[] second = ServerBytes.of().zlib(server, pixels).build();
        Framebuffer fb = new Framebuffer(2, 2);
        decodeAll(decoder, fb, new Rect(0, 0, 2, 2, 6), first);
        fb.fill(0, 0, 2, 2, 0);
        decodeAll(decoder, fb, new Rect(0, 0, 2, 2, 6), second);
        assertThat(row(fb, 1, 0, 2)).containsExactly(argb(0xABCDEF), argb(0xFEDCBA));

        assertThatThrownBy(() -> decodeAll(new ZlibDecoder(), new Framebuffer(2, 2), new Rect(0, 0, 2, 2, 6), second))
                .isExactlyInstanceOf(RfbProtocolException.class).hasMessageContaining("Zlib stream is corrupt");
    }

    @Test
    void aLargeRectangleStreamsThroughSmallBuffers() throws IOException {
        int w = 700;
        int h = 90;
        int[] rgb = new int[w * h];
        Arrays.setAll(rgb, i -> (i * 0x9E3779B1) >>> 8);
        Framebuffer fb = new Framebuffer(w, h);
        decodeAll(decoder, fb, new Rect(0, 0, w, h, 6),
                ServerBytes.of().zlib(new Deflater(Deflater.NO_COMPRESSION), ServerBytes.of().pixel(rgb).build()).build());
        for (int i = 0; i < rgb.length; i++) {
            assertThat(fb.get(i % w, i / w)).isEqualTo(argb(rgb[i]));
        }
    }

    @Test
    void anEmptyRectangleMayCarryAnEmptyChunk() throws IOException {
        decodeAll(decoder, new Framebuffer(2, 2), new Rect(0, 0, 0, 2, 6), ServerBytes.of().u32(0).build());
    }

    @Test
    void theStreamsHeaderMayArriveSplitOverTwoChunks() throws IOException {
        // The decoders inflate raw deflate and take the 2-byte zlib header off themselves.
        byte[] pixels = ServerBytes.of().pixel(0x102030, 0x405060, 0x708090, 0xA0B0C0).build();
        byte[] chunk = ServerBytes.of().zlib(new Deflater(), pixels).build();
        byte[] deflated = Arrays.copyOfRange(chunk, 4, chunk.length);
        Framebuffer fb = new Framebuffer(2, 2);
        decodeAll(decoder, fb, new Rect(0, 0, 0, 2, 6), ServerBytes.of().u32(1).u8(deflated[0] & 0xFF).build());
        decodeAll(decoder, fb, new Rect(0, 0, 2, 2, 6),
                ServerBytes.of().u32(deflated.length - 1).bytes(Arrays.copyOfRange(deflated, 1, deflated.length)).build());
        assertThat(row(fb, 1, 0, 2)).containsExactly(argb(0x708090), argb(0xA0B0C0));
        assertRefused(new Rect(0, 0, 2, 2, 6), ServerBytes.of().u32(3).u8(0x78, 0x02, 0).build(), "incorrect header check");
    }

    @Test
    void aStreamTheServerEndedMayCarryItsChecksum() throws IOException {
        Deflater ended = new Deflater();
        ended.setInput(ServerBytes.of().pixel(1, 2, 3, 4).build());
        ended.finish();
        byte[] whole = new byte[64];
        int n = ended.deflate(whole);
        Framebuffer fb = new Framebuffer(2, 2);
        decodeAll(decoder, fb, new Rect(0, 0, 2, 2, 6), ServerBytes.of().u32(n).bytes(Arrays.copyOf(whole, n)).build());
        assertThat(row(fb, 1, 0, 2)).containsExactly(argb(3), argb(4));
    }

    @Test
    void aChunkThatInflatesToTooFewOrTooManyBytesIsAProtocolError() throws RfbProtocolException {
        Rect rect = new Rect(0, 0, 2, 2, 6);
        assertRefused(rect, ServerBytes.of().zlib(new Deflater(), new byte[15]).build(), "Zlib data ran out");
        assertRefused(rect, ServerBytes.of().zlib(new Deflater(), new byte[17]).build(), "Zlib data inflates beyond its rectangle");
        assertRefused(rect, ServerBytes.of().u32(0).build(), "ran out");
    }

    @Test
    void aChunkLongerThanItsRectangleCouldNeedIsRefusedBeforeItIsRead() throws RfbProtocolException {
        // A 2×2 rectangle inflates to 16 bytes; no deflater needs 2 KiB for that.
        assertRefused(new Rect(0, 0, 2, 2, 6), ServerBytes.of().u32(2048).build(), "Zlib data of 2048 bytes is over the limit");
        assertRefused(new Rect(0, 0, 2, 2, 6), ServerBytes.of().u32(-1).build(), "of 4294967295 bytes is over the limit");
    }

    @Test
    void corruptOrEndedStreamsAreProtocolErrors() throws RfbProtocolException {
        Rect rect = new Rect(0, 0, 2, 2, 6);
        assertRefused(rect, ServerBytes.of().u32(4).u8(1, 2, 3, 4).build(), "corrupt");
        // A stream the server finished, with a byte after its end.
        Deflater finished = new Deflater();
        finished.setInput(new byte[16]);
        finished.finish();
        byte[] whole = new byte[64];
        int n = finished.deflate(whole);
        byte[] padded = Arrays.copyOf(whole, n + 1);
        assertRefused(rect, ServerBytes.of().u32(padded.length).bytes(padded).build(), "data after its end");
        // With a preset dictionary (zlib's FDICT flag), which RFB never uses.
        Deflater withDictionary = new Deflater();
        withDictionary.setDictionary(new byte[] {1, 2, 3});
        assertRefused(rect, ServerBytes.of().zlib(withDictionary, new byte[16]).build(), "preset dictionary");
    }

    @Test
    void aZlibBombIsStoppedAtItsRectangle() throws RfbProtocolException {
        // 10 MB of zeros deflate to ~10 KB, within the length bound of a 64×64 rectangle's 16 KiB.
        byte[] bomb = ServerBytes.of().zlib(new Deflater(9), new byte[10_000_000]).build();
        assertThat(bomb.length).isLessThan(16384);
        long started = System.nanoTime();
        assertRefused(new Rect(0, 0, 64, 64, 6), bomb, "beyond");
        // Only a hang fails here; how fast decoding is, ./run-benchmarks console measures.
        assertThat(System.nanoTime() - started).as("ns to refuse the bomb").isLessThan(TimeUnit.SECONDS.toNanos(30));
    }

    @Test
    void truncatedBodiesEndInEof() throws RfbProtocolException {
        byte[] whole = ServerBytes.of().zlib(new Deflater(), ServerBytes.of().pixel(1, 2, 3, 4).build()).build();
        for (int cut : new int[] {0, 2, 4, 5, whole.length - 1}) {
            byte[] truncated = Arrays.copyOf(whole, cut);
            Framebuffer fb = new Framebuffer(2, 2);
            assertThatThrownBy(() -> decodeAll(new ZlibDecoder(), fb, new Rect(0, 0, 2, 2, 6), truncated))
                    .as("cut at %d", cut).isInstanceOf(EOFException.class);
        }
    }

    private static void assertRefused(Rect rect, byte[] body, String message) throws RfbProtocolException {
        Framebuffer fb = new Framebuffer(64, 64);
        assertThatThrownBy(() -> decodeAll(new ZlibDecoder(), fb, rect, body))
                .isExactlyInstanceOf(RfbProtocolException.class).hasMessageContaining(message);
    }
}
