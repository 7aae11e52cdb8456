package dev.summit.console.rfb.protocol;

/** The remote pointer image (Cursor pseudo-encoding), drawn locally by the view: ARGB pixels, row by row. */
public record CursorShape(int width, int height, int hotspotX, int hotspotY, int[] argb) {
}
