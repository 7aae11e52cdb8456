package dev.summit.connectors.jna;

import java.util.Optional;
import org.libvirt.Connect;

/** {@code virConnectGetStoragePoolCapabilities}: which pool types the host's libvirt can run. */
public final class StoragePoolCapabilities {
    private StoragePoolCapabilities() {
    }

    /** The capabilities XML, or empty when the host's libvirt cannot say (older than 5.2). */
    public static Optional<String> fetch(Connect conn) {
        return Optional.ofNullable(LibvirtMemory.takeString(
                StorageLib.LIB.virConnectGetStoragePoolCapabilities(PoolVolumeXml.pointer(conn), 0)));
    }
}
