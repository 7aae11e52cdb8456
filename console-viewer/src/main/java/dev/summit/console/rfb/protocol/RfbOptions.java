package dev.summit.console.rfb.protocol;

import dev.summit.console.rfb.decoder.Decoder;
import dev.summit.console.rfb.decoder.DecoderSet;
import dev.summit.console.rfb.security.TlsOptions;
import java.util.List;
import java.util.function.Supplier;

/**
 * How a connection behaves. Build from {@link #defaults()} and the {@code with…} methods.
 *
 * @param shared             ClientInit's shared flag: false asks the server to drop other viewers
 * @param encodings          encodings to advertise, most preferred first; empty means every decoder in
 *                           {@code decoders}' order (by default {@link DecoderSet}'s). Each needs a decoder.
 *                           Advertising only one is how tests pin an encoding.
 * @param jpegQuality        0…9 advertised as Tight's JPEG quality pseudo-encoding, or -1 for none
 * @param compressionLevel   0…9 advertised as the compression level pseudo-encoding, or -1 for none
 * @param continuousUpdates  ask for the next incremental update as soon as one is drawn; when false the
 *                           app paces the screen with {@link RfbClient#requestUpdate(boolean)}
 * @param tls                how VeNCrypt's TLS checks the server
 * @param decoders           makes a fresh decoder per encoding for each connection (they keep zlib state)
 */
public record RfbOptions(boolean shared, List<Integer> encodings, int jpegQuality, int compressionLevel,
                         boolean continuousUpdates, TlsOptions tls, Supplier<List<Decoder>> decoders) {

    public RfbOptions {
        encodings = List.copyOf(encodings);
        if (jpegQuality < -1 || jpegQuality > 9) {
            throw new IllegalArgumentException("JPEG quality is 0…9, or -1 for none");
        }
        if (compressionLevel < -1 || compressionLevel > 9) {
            throw new IllegalArgumentException("compression level is 0…9, or -1 for none");
        }
    }

    public static RfbOptions defaults() {
        return new RfbOptions(true, List.of(), 8, 2, true, TlsOptions.JDK_TRUST_STORE, () -> DecoderSet.standard().decoders());
    }

    public RfbOptions withShared(boolean value) {
        return new RfbOptions(value, encodings, jpegQuality, compressionLevel, continuousUpdates, tls, decoders);
    }

    public RfbOptions withEncodings(List<Integer> value) {
        return new RfbOptions(shared, value, jpegQuality, compressionLevel, continuousUpdates, tls, decoders);
    }

    public RfbOptions withJpegQuality(int value) {
        return new RfbOptions(shared, encodings, value, compressionLevel, continuousUpdates, tls, decoders);
    }

    public RfbOptions withCompressionLevel(int value) {
        return new RfbOptions(shared, encodings, jpegQuality, value, continuousUpdates, tls, decoders);
    }

    public RfbOptions withContinuousUpdates(boolean value) {
        return new RfbOptions(shared, encodings, jpegQuality, compressionLevel, value, tls, decoders);
    }

    public RfbOptions withTls(TlsOptions value) {
        return new RfbOptions(shared, encodings, jpegQuality, compressionLevel, continuousUpdates, value, decoders);
    }

    public RfbOptions withDecoders(Supplier<List<Decoder>> value) {
        return new RfbOptions(shared, encodings, jpegQuality, compressionLevel, continuousUpdates, tls, value);
    }
}
