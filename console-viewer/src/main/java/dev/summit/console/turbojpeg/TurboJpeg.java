package dev.summit.console.turbojpeg;

import com.sun.jna.NativeLibrary;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * libjpeg-turbo (the library TigerVNC decodes Tight's JPEG rectangles with), when this computer has
 * it: its SIMD decoder is several times faster than the JDK's ImageIO codec, which was most of a
 * Tight console's CPU. Absent (no {@code libturbojpeg0}), callers fall back to ImageIO.
 */
public final class TurboJpeg {
    private static final Logger LOG = LoggerFactory.getLogger(TurboJpeg.class);
    /** Debian ships only the versioned name without the -dev package; the plain one elsewhere. */
    private static final String[] NAMES = {"turbojpeg", "libturbojpeg.so.0"};
    /** Functions of TurboJPEG API 2.x that 1.x lacks: a library without them is too old to bind. */
    private static final String[] NEEDED = {"tjDecompressHeader3", "tjGetErrorStr2", "tjGetErrorCode"};

    private TurboJpeg() {
    }

    /** The system's libjpeg-turbo, found and bound once per process. */
    public static Optional<TurboJpeg> system() {
        return Holder.SYSTEM;
    }

    /**
     * Whether a libjpeg-turbo with the 2.x API loads under one of {@code names}, without binding it
     * (binding happens once, for {@link #system}); tests name a missing one.
     */
    public static Optional<NativeLibrary> find(String... names) {
        for (String name : names) {
            try {
                NativeLibrary library = NativeLibrary.getInstance(name);
                for (String function : NEEDED) {
                    library.getFunction(function);
                }
                return Optional.of(library);
            } catch (UnsatisfiedLinkError e) {
                LOG.debug("libjpeg-turbo not loaded as {}: {}", name, e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** A decompressor for one thread (a TurboJPEG handle is not shared between threads). */
    public JpegDecompressor decompressor() {
        return new JpegDecompressor();
    }

    private static final class Holder {
        static final Optional<TurboJpeg> SYSTEM = bindSystem();

        private static Optional<TurboJpeg> bindSystem() {
            Optional<NativeLibrary> found = find(NAMES);
            if (found.isEmpty()) {
                LOG.info("libjpeg-turbo (libturbojpeg0) not found: JPEG rectangles are decoded by the JDK's ImageIO, more slowly");
                return Optional.empty();
            }
            TurboJpegNative.bind(found.get());
            return Optional.of(new TurboJpeg());
        }
    }
}
