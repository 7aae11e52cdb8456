package dev.summit.connectors.jna;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * A native {@code virTypedParameter} array built with libvirt's own virTypedParamsAdd* helpers, so
 * libvirt allocates and frees it and the layout is always the library's. Close it after the call.
 * Several values under one name (e.g. "migrate_disks") are allowed: libvirt reads them as a list.
 */
public final class MigrationParams implements AutoCloseable {
    private final PointerByReference params = new PointerByReference();
    private final IntByReference count = new IntByReference(0);
    private final IntByReference capacity = new IntByReference(0);

    public MigrationParams string(String name, String value) {
        check(MigrationLib.LIB.virTypedParamsAddString(params, count, capacity, name, value), name);
        return this;
    }

    public MigrationParams unsignedLong(String name, long value) {
        check(MigrationLib.LIB.virTypedParamsAddULLong(params, count, capacity, name, value), name);
        return this;
    }

    public MigrationParams integer(String name, int value) {
        check(MigrationLib.LIB.virTypedParamsAddInt(params, count, capacity, name, value), name);
        return this;
    }

    Pointer pointer() {
        return params.getValue();
    }

    int count() {
        return count.getValue();
    }

    @Override
    public void close() {
        if (params.getValue() != null) {
            MigrationLib.LIB.virTypedParamsFree(params.getValue(), count.getValue());
            params.setValue(null);
        }
    }

    private static void check(int result, String name) {
        if (result < 0) {
            throw new IllegalArgumentException("libvirt refused the migration parameter " + name);
        }
    }
}
