package dev.summit.console.rfb.protocol;

import dev.summit.console.rfb.decoder.Decoder;
import dev.summit.console.rfb.decoder.TightDecoder;
import dev.summit.console.rfb.decoder.TightPngDecoder;
import java.util.List;

/** The decoders a connection gets unless the options say otherwise, in the order they are advertised. */
final class DefaultDecoders {
    private DefaultDecoders() {
    }

    static List<Decoder> create() {
        return List.of(new TightDecoder(), new TightPngDecoder());
    }
}
