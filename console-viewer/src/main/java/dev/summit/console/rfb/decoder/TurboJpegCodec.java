package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.io.RfbProtocolException;
import dev.summit.console.turbojpeg.JpegDecompressor;
import dev.summit.console.turbojpeg.TurboJpeg;
import java.io.IOException;

/**
 * Tight's JPEG rectangles through libjpeg-turbo, decompressed to opaque ARGB and copied row by row
 * into the screen. The TurboJPEG handle and its buffers are made at the first JPEG: every connection
 * makes a Tight and a TightPNG decoder, and many never receive a JPEG.
 */
final class TurboJpegCodec implements JpegCodec {
    private final TurboJpeg library;
    private JpegDecompressor decompressor;

    TurboJpegCodec(TurboJpeg library) {
        this.library = library;
    }

    @Override
    public void draw(byte[] data, int length, Rect rect, Framebuffer framebuffer) throws RfbProtocolException {
        if (decompressor == null) {
            decompressor = library.decompressor();
        }
        JpegDecompressor.Size size;
        try {
            size = decompressor.open(data, length);
        } catch (IOException e) {
            throw undecodable(e);
        }
        if (size.width() != rect.width() || size.height() != rect.height()) {
            throw new RfbProtocolException("Tight jpeg image is " + size.width() + "×" + size.height()
                    + " but its rectangle is " + rect.width() + "×" + rect.height());
        }
        try {
            decompressor.decompress(rect.width(), rect.height());
        } catch (IOException e) {
            throw undecodable(e);
        }
        framebuffer.putRows(rect.x(), rect.y(), rect.width(), rect.height(), decompressor::copyRow);
    }

    private static RfbProtocolException undecodable(IOException e) {
        return new RfbProtocolException("Tight jpeg image could not be decoded: " + e.getMessage(), e);
    }
}
