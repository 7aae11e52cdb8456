package dev.summit.console.rfb.protocol;

import dev.summit.console.rfb.message.PixelFormat;

/** The server's first message after ClientInit: screen size, its native pixel format, the desktop's name. */
public record ServerInit(int width, int height, PixelFormat serverFormat, String name) {
}
