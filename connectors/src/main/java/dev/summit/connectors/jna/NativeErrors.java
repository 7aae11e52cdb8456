package dev.summit.connectors.jna;

import java.lang.reflect.Constructor;
import org.libvirt.Error;
import org.libvirt.LibvirtException;
import org.libvirt.jna.virError;

/** Turns libvirt's thread-local last error into the exception the rest of Summit already handles. */
final class NativeErrors {
    /** virErrorNumber VIR_ERR_INTERNAL_ERROR and virErrorLevel VIR_ERR_ERROR. */
    private static final int INTERNAL_ERROR = 1;
    private static final int LEVEL_ERROR = 2;

    private NativeErrors() {
    }

    /** {@code value} when libvirt gave one; its error for {@code function} when it gave null. Same rule as below. */
    static <T> T orLastError(T value, String function) throws LibvirtException {
        if (value == null) {
            throw lastError(function);
        }
        return value;
    }

    /**
     * Must run on the thread that made the failing call, before any other libvirt call: every
     * libvirt entry point clears the last error first.
     */
    static LibvirtException lastError(String function) {
        virError raw = Virt.LIB.virGetLastError();
        if (raw == null) {
            raw = new virError();
            raw.code = INTERNAL_ERROR;
            raw.level = LEVEL_ERROR;
            raw.message = function + " failed without saying why";
        }
        return toException(new Error(raw));
    }

    /**
     * LibvirtException's only constructor is package-private and only libvirt-java's own error
     * handler calls it. Callers such as LibvirtFailure need {@code getError()} (code, message),
     * so we call that constructor rather than invent a second exception type. org.libvirt is on
     * the class path or an automatic module, both of which allow this access.
     */
    private static LibvirtException toException(Error error) {
        try {
            Constructor<LibvirtException> constructor = LibvirtException.class.getDeclaredConstructor(Error.class);
            constructor.setAccessible(true);
            return constructor.newInstance(error);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("libvirt failed (" + error.getMessage()
                    + ") and its error could not be wrapped as a LibvirtException", e);
        }
    }
}
