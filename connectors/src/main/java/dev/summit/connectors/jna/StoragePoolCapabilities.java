package dev.summit.connectors.jna;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.Optional;
import org.libvirt.Connect;

/** {@code virConnectGetStoragePoolCapabilities}: which pool types the host's libvirt can run. */
public final class StoragePoolCapabilities {
    private StoragePoolCapabilities() {
    }

    /** The capabilities XML, or empty when the host's libvirt cannot say (older than 5.2). */
    public static Optional<String> fetch(Connect conn) {
        Pointer text = StorageLib.LIB.virConnectGetStoragePoolCapabilities(PoolVolumeXml.pointer(conn), 0);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(text.getString(0, "UTF-8"));
        } finally {
            Native.free(Pointer.nativeValue(text));
        }
    }
}
