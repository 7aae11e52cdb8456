package dev.summit.console.rfb.decoder;

import java.io.IOException;

/**
 * Where a decoder's bytes come from: the connection itself, or the inflated side of a zlib
 * stream. Raw and Zlib draw the same pixel layout from either, so they share one row drawer.
 */
@FunctionalInterface
interface ByteSource {
    /** Fills {@code into[offset .. offset + length)} or fails; never returns fewer bytes. */
    void readFully(byte[] into, int offset, int length) throws IOException;
}
