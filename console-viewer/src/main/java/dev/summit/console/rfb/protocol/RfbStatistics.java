package dev.summit.console.rfb.protocol;

/**
 * Counters for the status line ("Tight, 24 frames/s, 830 kbit/s"): the view samples them twice and
 * divides by the time between.
 *
 * @param bytesReceived    bytes read from the transport so far (TLS records included)
 * @param framesCompleted  FramebufferUpdates drawn so far
 * @param dominantEncoding the encoding that covered most pixels in the last update, or {@link Encodings#NONE}
 */
public record RfbStatistics(long bytesReceived, long framesCompleted, int dominantEncoding) {
    public String dominantEncodingName() {
        return Encodings.name(dominantEncoding);
    }
}
