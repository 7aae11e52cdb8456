package dev.summit.console.rfb.decoder;

/** A rectangle header of a FramebufferUpdate: where, how big, which encoding. */
public record Rect(int x, int y, int width, int height, int encoding) {
    public long area() {
        return (long) width * height;
    }
}
