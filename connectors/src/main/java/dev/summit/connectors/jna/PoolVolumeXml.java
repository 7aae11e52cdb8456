package dev.summit.connectors.jna;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.util.ArrayList;
import java.util.List;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * Every volume's XML of one pool: {@code virStoragePoolListAllVolumes} and then one
 * {@code virStorageVolGetXMLDesc} each, one round trip per volume where libvirt-java needs three
 * (look up, info, XML) — the difference between listing 5,000 volumes in virsh's time or twice it.
 * Call it on the thread that owns the connection.
 */
public final class PoolVolumeXml {
    private PoolVolumeXml() {
    }

    public static List<String> fetch(Connect conn, String poolName) throws LibvirtException {
        Pointer pool = StorageLib.LIB.virStoragePoolLookupByName(pointer(conn), poolName);
        if (pool == null) {
            throw NativeErrors.lastError("virStoragePoolLookupByName");
        }
        try {
            PointerByReference out = new PointerByReference();
            int count = StorageLib.LIB.virStoragePoolListAllVolumes(pool, out, 0);
            if (count < 0) {
                throw NativeErrors.lastError("virStoragePoolListAllVolumes");
            }
            Pointer array = out.getValue();
            List<String> xml = new ArrayList<>(count);
            LibvirtException failure = null;
            for (int i = 0; i < count; i++) {
                Pointer volume = array.getPointer((long) i * Native.POINTER_SIZE);
                if (failure == null) {
                    Pointer text = StorageLib.LIB.virStorageVolGetXMLDesc(volume, 0);
                    if (text == null) {
                        // A volume deleted between the listing and now: its neighbours still count.
                        failure = NativeErrors.lastError("virStorageVolGetXMLDesc");
                        if (isNoVolume(failure)) {
                            failure = null;
                        }
                    } else {
                        xml.add(LibvirtMemory.takeString(text));
                    }
                }
                StorageLib.LIB.virStorageVolFree(volume);
            }
            if (array != null) {
                Native.free(Pointer.nativeValue(array));
            }
            if (failure != null) {
                throw failure;
            }
            return xml;
        } finally {
            StorageLib.LIB.virStoragePoolFree(pool);
        }
    }

    /** The raw connection our own bindings need; every Summit host connection is a {@link StatsConnect}. */
    static Pointer pointer(Connect conn) {
        if (conn instanceof StatsConnect stats) {
            return stats.pointer();
        }
        throw new IllegalArgumentException("not a Summit host connection: " + conn);
    }

    /** VIR_ERR_NO_STORAGE_VOL. */
    private static boolean isNoVolume(LibvirtException e) {
        return e.getError() != null && e.getError().getCode() != null
                && e.getError().getCode().name().equals("VIR_ERR_NO_STORAGE_VOL");
    }
}
