package dev.summit.console.turbojpeg;

import com.sun.jna.Native;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * libjpeg-turbo (the library TigerVNC decodes Tight's JPEG rectangles with), when this computer has
 * it: its SIMD decoder is several times faster than the JDK's ImageIO codec, which is most of a
 * Tight console's CPU. Absent (no {@code libturbojpeg0}), callers fall back to ImageIO.
 */
public final class TurboJpeg {
    private static final Logger LOG = LoggerFactory.getLogger(TurboJpeg.class);
    /** Debian ships only the versioned name without the -dev package; the plain one elsewhere. */
    private static final String[] NAMES = {"turbojpeg", "libturbojpeg.so.0"};

    private final TurboJpegLibrary library;

    private TurboJpeg(TurboJpegLibrary library) {
        this.library = library;
    }

    /** The system's libjpeg-turbo, loaded once per process. */
    public static Optional<TurboJpeg> system() {
        return Holder.SYSTEM;
    }

    /** The library under one of {@code names}, or empty when none loads (tests name a missing one). */
    public static Optional<TurboJpeg> load(String... names) {
        for (String name : names) {
            try {
                TurboJpegLibrary library = Native.load(name, TurboJpegLibrary.class);
                library.tjGetErrorCode(null); // resolves a 2.x-only symbol now, not mid-session
                return Optional.of(new TurboJpeg(library));
            } catch (UnsatisfiedLinkError e) {
                LOG.debug("libjpeg-turbo not loaded as {}: {}", name, e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** A decompressor for one thread (a TurboJPEG handle is not shared between threads). */
    public JpegDecompressor decompressor() {
        return new JpegDecompressor(library);
    }

    private static final class Holder {
        static final Optional<TurboJpeg> SYSTEM = loadSystem();

        private static Optional<TurboJpeg> loadSystem() {
            Optional<TurboJpeg> found = load(NAMES);
            if (found.isEmpty()) {
                LOG.info("libjpeg-turbo (libturbojpeg0) not found: JPEG rectangles are decoded by the JDK's ImageIO, more slowly");
            }
            return found;
        }
    }
}
