package dev.summit.connectors.jna;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** What libvirt allocates and hands its caller to free: copied into Java, then freed. */
final class LibvirtMemory {
    private LibvirtMemory() {
    }

    /** A string libvirt allocated (UTF-8), copied and freed; null stays null. */
    static String takeString(Pointer text) {
        if (text == null) {
            return null;
        }
        try {
            return text.getString(0, "UTF-8");
        } finally {
            Native.free(Pointer.nativeValue(text));
        }
    }

    /** The first {@code count} pointers of an array libvirt allocated; the array itself is freed, its items are not. */
    static Pointer[] takeArray(Pointer array, int count) {
        Pointer[] items = count <= 0 || array == null ? new Pointer[0] : array.getPointerArray(0, count);
        if (array != null) {
            Native.free(Pointer.nativeValue(array));
        }
        return items;
    }
}
