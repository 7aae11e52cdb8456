package dev.summit.console.turbojpeg;

import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/**
 * The few functions of libjpeg-turbo's TurboJPEG API (turbojpeg.h, API 2.x, Debian's
 * {@code libturbojpeg0}) that decompressing a JPEG into 32-bit pixels needs. Buffers are passed as
 * pointers to native memory we own, never as Java arrays, which JNA would copy in and out per call.
 */
interface TurboJpegLibrary extends Library {
    /** Four bytes B, G, R, A per pixel, alpha 0xFF when decompressing: 0xFFRRGGBB ints on little-endian. */
    int TJPF_BGRA = 8;
    /** Four bytes A, R, G, B per pixel: 0xFFRRGGBB ints on big-endian. */
    int TJPF_ARGB = 10;
    /** tjGetErrorCode: the image was decoded, but something in it was not right (e.g. a truncated scan). */
    int TJERR_WARNING = 0;

    Pointer tjInitDecompress();

    int tjDecompressHeader3(Pointer handle, Pointer jpegBuf, NativeLong jpegSize, int[] width, int[] height,
                            int[] jpegSubsamp, int[] jpegColorspace);

    int tjDecompress2(Pointer handle, Pointer jpegBuf, NativeLong jpegSize, Pointer dstBuf, int width, int pitch,
                      int height, int pixelFormat, int flags);

    int tjDestroy(Pointer handle);

    String tjGetErrorStr2(Pointer handle);

    int tjGetErrorCode(Pointer handle);
}
