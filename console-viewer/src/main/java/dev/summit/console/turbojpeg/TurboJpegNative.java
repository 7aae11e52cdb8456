package dev.summit.console.turbojpeg;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/**
 * The few functions of libjpeg-turbo's TurboJPEG API (turbojpeg.h, API 2.x, Debian's
 * {@code libturbojpeg0}) that decompressing a JPEG into 32-bit pixels needs, bound by JNA's direct
 * mapping: a call costs a JNI transition, not the reflective proxy of an interface mapping, which a
 * console makes about a thousand times a second. Buffers are pointers to native memory we own,
 * never Java arrays (JNA would copy those in and out per call); only the header's four ints are.
 */
final class TurboJpegNative {
    /** Four bytes B, G, R, A per pixel, alpha 0xFF when decompressing: 0xFFRRGGBB ints on little-endian. */
    static final int TJPF_BGRA = 8;
    /** Four bytes A, R, G, B per pixel: 0xFFRRGGBB ints on big-endian. */
    static final int TJPF_ARGB = 10;
    /** tjGetErrorCode: the image was decoded, but something in it was not right (e.g. a truncated scan). */
    static final int TJERR_WARNING = 0;

    private TurboJpegNative() {
    }

    /** Binds the methods below to {@code library}; once per process (TurboJpeg.system's holder does it). */
    static void bind(NativeLibrary library) {
        Native.register(TurboJpegNative.class, library);
    }

    static native Pointer tjInitDecompress();

    static native int tjDecompressHeader3(Pointer handle, Pointer jpegBuf, NativeLong jpegSize, int[] width,
                                          int[] height, int[] jpegSubsamp, int[] jpegColorspace);

    static native int tjDecompress2(Pointer handle, Pointer jpegBuf, NativeLong jpegSize, Pointer dstBuf, int width,
                                    int pitch, int height, int pixelFormat, int flags);

    static native int tjDestroy(Pointer handle);

    static native String tjGetErrorStr2(Pointer handle);

    static native int tjGetErrorCode(Pointer handle);
}
