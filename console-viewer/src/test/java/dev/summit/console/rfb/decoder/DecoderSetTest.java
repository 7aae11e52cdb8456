package dev.summit.console.rfb.decoder;

import static dev.summit.console.rfb.decoder.ServerBytes.argb;
import static dev.summit.console.rfb.decoder.TightDecoderTest.decodeAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.console.rfb.io.RfbProtocolException;
import java.io.IOException;
import java.util.List;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class DecoderSetTest {
    @Test
    void theStandardSetAdvertisesTheBestCompressingFirstAndRawLast() {
        assertThat(DecoderSet.standard().advertisedEncodings()).containsExactly(7, 16, 5, 6, 1, 0);
    }

    @Test
    void tightPngIsAdvertisedOnlyOnRequestAndThenFirst() {
        assertThat(DecoderSet.standard().find(TightPngDecoder.ENCODING)).isEmpty();
        assertThat(DecoderSet.preferringTightPng().advertisedEncodings()).containsExactly(-260, 7, 16, 5, 6, 1, 0);
    }

    @Test
    void eachAdvertisedEncodingHasItsOwnDecoderOfTheRightKind() throws RfbProtocolException {
        DecoderSet set = DecoderSet.preferringTightPng();
        List<Class<?>> kinds = List.of(TightPngDecoder.class, TightDecoder.class, ZrleDecoder.class, HextileDecoder.class,
                ZlibDecoder.class, CopyRectDecoder.class, RawDecoder.class);
        List<Integer> encodings = set.advertisedEncodings();
        for (int i = 0; i < encodings.size(); i++) {
            Decoder decoder = set.require(encodings.get(i));
            assertThat(decoder).isInstanceOf(kinds.get(i)).isSameAs(set.find(encodings.get(i)).orElseThrow());
            assertThat(decoder.encoding()).isEqualTo(encodings.get(i));
        }
        assertThat(set.decoders()).extracting(Decoder::encoding).containsExactlyElementsOf(encodings);
    }

    @Test
    void everyConnectionGetsFreshDecodersBecauseTheyKeepZlibState() throws RfbProtocolException {
        DecoderSet one = DecoderSet.standard();
        DecoderSet other = DecoderSet.standard();
        for (int encoding : one.advertisedEncodings()) {
            assertThat(one.require(encoding)).isNotSameAs(other.require(encoding));
        }
    }

    @Test
    void theSameDecoderServesEveryRectangleOfItsConnection() throws IOException {
        // The second chunk is only valid on the stream that inflated the first.
        DecoderSet set = DecoderSet.standard();
        Deflater server = new Deflater();
        Framebuffer fb = new Framebuffer(2, 1);
        byte[] first = ServerBytes.of().zlib(server, ServerBytes.of().u8(1).cpixel(0x0A0B0C).build()).build();
        byte[] second = ServerBytes.of().zlib(server, ServerBytes.of().u8(1).cpixel(0x0D0E0F).build()).build();
        decodeAll(set.require(16), fb, new Rect(0, 0, 2, 1, 16), first);
        decodeAll(set.require(16), fb, new Rect(1, 0, 1, 1, 16), second);
        assertThat(fb.get(0, 0)).isEqualTo(argb(0x0A0B0C));
        assertThat(fb.get(1, 0)).isEqualTo(argb(0x0D0E0F));
    }

    @Test
    void aRectangleInAnEncodingTheClientDidNotAskForIsAProtocolError() {
        DecoderSet set = DecoderSet.standard();
        assertThatThrownBy(() -> set.require(-260)).isExactlyInstanceOf(RfbProtocolException.class)
                .hasMessage("the server sent a rectangle in TightPNG, which the client did not ask for");
        assertThatThrownBy(() -> set.require(2)).isExactlyInstanceOf(RfbProtocolException.class)
                .hasMessageContaining("in encoding 2,");
        assertThat(set.find(-223)).isEmpty();
    }

    @Test
    void theListsHandedOutCannotChangeTheSet() {
        DecoderSet set = DecoderSet.standard();
        assertThatThrownBy(() -> set.advertisedEncodings().add(2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> set.decoders().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(set.advertisedEncodings()).hasSize(6);
    }

    @Test
    void namesForMessages() {
        assertThat(List.of(0, 1, 5, 6, 7, 16, -260, 2).stream().map(DecoderSet::name))
                .containsExactly("Raw", "CopyRect", "Hextile", "Zlib", "Tight", "ZRLE", "TightPNG", "encoding 2");
    }
}
