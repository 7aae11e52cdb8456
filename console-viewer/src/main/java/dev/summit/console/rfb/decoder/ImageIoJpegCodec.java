package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.io.RfbProtocolException;

/** Tight's JPEG rectangles through the JDK's ImageIO: the fallback where libjpeg-turbo is missing. */
final class ImageIoJpegCodec implements JpegCodec {
    @Override
    public void draw(byte[] data, int length, Rect rect, Framebuffer framebuffer) throws RfbProtocolException {
        TightImages.draw(data, length, TightImages.JPEG, rect, framebuffer);
    }
}
