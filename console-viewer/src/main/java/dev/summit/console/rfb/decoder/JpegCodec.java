package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.io.RfbProtocolException;
import dev.summit.console.turbojpeg.TurboJpeg;
import java.util.Optional;

/**
 * How a Tight JPEG rectangle becomes pixels: libjpeg-turbo where the computer has it, the JDK's
 * ImageIO otherwise. Either refuses an image whose size is not its rectangle's before decoding it.
 * One per decoder, so per connection and used by its reader thread only.
 */
sealed interface JpegCodec permits TurboJpegCodec, ImageIoJpegCodec {
    /** Decodes the JPEG file in {@code data[0, length)} and draws it at {@code rect}. */
    void draw(byte[] data, int length, Rect rect, Framebuffer framebuffer) throws RfbProtocolException;

    /** libjpeg-turbo when it loads, else ImageIO. */
    static JpegCodec best() {
        return of(TurboJpeg.system());
    }

    /** libjpeg-turbo when {@code library} holds it, else ImageIO. */
    static JpegCodec of(Optional<TurboJpeg> library) {
        return library.<JpegCodec>map(TurboJpegCodec::new).orElseGet(ImageIoJpegCodec::new);
    }
}
