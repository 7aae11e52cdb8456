package dev.summit.console.turbojpeg;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.lang.ref.Cleaner;
import java.nio.ByteOrder;

/**
 * One TurboJPEG handle with its input and output buffers in native memory, kept from one image to
 * the next and grown only when an image needs more. An image is decompressed straight to the
 * view's own pixel layout (opaque 0xFFRRGGBB ints), so copying a row out is one bulk read.
 * One thread at a time; the handle is freed when this object is collected.
 */
public final class JpegDecompressor {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final int PIXEL_FORMAT = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN
            ? TurboJpegNative.TJPF_BGRA : TurboJpegNative.TJPF_ARGB;
    private static final int NO_FLAGS = 0;

    private final Pointer handle;
    private final int[] width = new int[1];
    private final int[] height = new int[1];
    private final int[] subsampling = new int[1];
    private final int[] colourspace = new int[1];
    private Memory input;
    private int inputLength;
    private Memory output;
    private int imageWidth;

    JpegDecompressor() {
        this.handle = TurboJpegNative.tjInitDecompress();
        if (handle == null) {
            throw new IllegalStateException("libjpeg-turbo could not make a decompressor: "
                    + TurboJpegNative.tjGetErrorStr2(null));
        }
        CLEANER.register(this, new Destroy(handle));
    }

    /**
     * Takes the image's bytes and reads its header.
     *
     * @return the image's width and height, as declared in its header
     */
    public Size open(byte[] jpeg, int length) throws IOException {
        if (input == null || input.size() < length) {
            input = new Memory(Math.max(length, 64 * 1024));
        }
        input.write(0, jpeg, 0, length);
        inputLength = length;
        width[0] = 0;
        height[0] = 0;
        int result = TurboJpegNative.tjDecompressHeader3(handle, input, new NativeLong(length), width, height, subsampling, colourspace);
        if (result != 0) {
            throw new IOException(TurboJpegNative.tjGetErrorStr2(handle));
        }
        if (width[0] <= 0 || height[0] <= 0) {
            // A stream of tables only (or one that ends before its frame header) declares no picture.
            throw new IOException("no image in the JPEG data");
        }
        return new Size(width[0], height[0]);
    }

    /**
     * Decompresses the image {@link #open} took, which must be {@code w × h} as its header said.
     * A warning (the image was decoded, e.g. from a truncated scan) is not an error, as for TigerVNC.
     */
    public void decompress(int w, int h) throws IOException {
        long bytes = 4L * w * h;
        if (output == null || output.size() < bytes) {
            output = new Memory(bytes);
        }
        int result = TurboJpegNative.tjDecompress2(handle, input, new NativeLong(inputLength), output, w, w * 4, h, PIXEL_FORMAT,
                NO_FLAGS);
        if (result != 0 && TurboJpegNative.tjGetErrorCode(handle) != TurboJpegNative.TJERR_WARNING) {
            throw new IOException(TurboJpegNative.tjGetErrorStr2(handle));
        }
        imageWidth = w;
    }

    /** Copies row {@code row} of the last decompressed image into {@code target} at {@code offset}. */
    public void copyRow(int row, int[] target, int offset) {
        output.read(4L * row * imageWidth, target, offset, imageWidth);
    }

    /** An image's size. */
    public record Size(int width, int height) {
    }

    private record Destroy(Pointer handle) implements Runnable {
        @Override
        public void run() {
            TurboJpegNative.tjDestroy(handle);
        }
    }
}
