package dev.summit.console.rfb.decoder;

import java.io.IOException;

/**
 * The filtered pixel data of one basic-compression rectangle, read a row at a time so memory stays
 * at one row however large the rectangle: either sent as is (under 12 bytes) or inflated from a
 * zlib stream.
 */
interface TightBody {
    /** Fills {@code into[0 .. length)} or fails; never returns fewer bytes. */
    void read(byte[] into, int length) throws IOException;

    /** After the last row: the body must hold nothing more (a zlib body that does is refused). */
    default void finish() throws IOException {
    }
}
