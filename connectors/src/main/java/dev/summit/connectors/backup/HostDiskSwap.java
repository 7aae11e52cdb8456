package dev.summit.connectors.backup;

import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.ops.CloneDefinition;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces disk images of a shut-off guest on another machine, where Summit cannot rename files:
 * each new image is made as a volume beside the old one under a new name, the guest's definition
 * is pointed at the new images in one redefinition, and only then are the old volumes deleted.
 * Until {@link #commit} the guest is untouched; {@link #discard} removes the new volumes.
 */
final class HostDiskSwap {
    private static final Logger LOG = LoggerFactory.getLogger(HostDiskSwap.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Connect conn;
    private final Domain guest;
    private final CloneDefinition definition;
    private final List<StorageVol> made = new ArrayList<>();
    private final List<StorageVol> old = new ArrayList<>();
    private final String stamp = STAMP.format(Instant.now());

    HostDiskSwap(Connect conn, Domain guest) throws LibvirtException {
        this.conn = conn;
        this.guest = guest;
        // With passwords: a redefinition from XML without them would drop a display's password.
        this.definition = CloneDefinition.of(guest.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE_SECURE));
    }

    /** The volume of a guest's image on the host; fails for an image in no storage pool. */
    static StorageVol volumeOf(Connect conn, String image) throws LibvirtException {
        return conn.storageVolLookupByPath(image);
    }

    /** A name beside {@code image} for its replacement: {@code disk.qcow2} becomes {@code disk.WORD-STAMP.qcow2}. */
    String freshName(StorageVol image, String word) throws LibvirtException {
        String name = image.getName().replaceAll("\\.(restored|v3)-\\d{8}-\\d{6}", "");
        String base = name.endsWith(".qcow2") ? name.substring(0, name.length() - ".qcow2".length()) : name;
        return base + "." + word + "-" + stamp + ".qcow2";
    }

    StoragePool poolOf(StorageVol image) throws LibvirtException {
        return image.storagePoolLookupByVolume();
    }

    /** Disk {@code target}, whose image is {@code before}, is to use {@code after} (a qcow2 image). */
    void replace(String target, StorageVol before, StorageVol after) throws LibvirtException {
        made.add(after);
        old.add(before);
        CloneDefinition.WritableDisk disk = definition.writableDisks().stream().filter(d -> d.target().equals(target))
                .findFirst().orElseThrow(() -> new IllegalStateException("'" + target + "' is not a writable file disk"));
        definition.pointDiskAt(disk, after.getPath());
    }

    /** Removes the new volumes made so far; the guest was never pointed at them. */
    void discard() throws LibvirtException {
        for (StorageVol volume : made) {
            volume.delete(0);
        }
        made.clear();
    }

    /**
     * Points the guest at the new images, then deletes the old ones. Returns what could not be
     * deleted (the guest no longer uses it), for the user to be told.
     */
    List<String> commit() throws LibvirtException {
        conn.domainDefineXML(definition.serialize());
        made.clear();
        List<String> kept = new ArrayList<>();
        for (StorageVol volume : old) {
            String path = volume.getPath();
            try {
                volume.delete(0);
            } catch (LibvirtException e) {
                LOG.warn("old image {} of {} not deleted: {}", path, guest.getName(), LibvirtFailure.reason(e));
                kept.add(path);
            }
        }
        return kept;
    }
}
