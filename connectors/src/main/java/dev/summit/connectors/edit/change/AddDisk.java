package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.device.DiskDevice;
import dev.summit.connectors.edit.device.DiskDevices;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.templates.Templates;
import dev.summit.connectors.units.ByteSize;
import dev.summit.connectors.xml.DiskBus;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;
import org.w3c.dom.Element;

/**
 * A hard disk more: a new volume, a volume already in a pool, or an image file. A running guest gets
 * it at once on the virtio and scsi buses; SATA and IDE disks wait for the next boot. A volume made
 * for the disk is deleted again if the edit then fails.
 *
 * @param source  where the data is
 * @param bus     how the guest sees it (null: virtio)
 * @param target  the guest-side name, or null for the next free one on the bus
 * @param cache   none, writeback, writethrough, directsync, unsafe, or null for the default
 * @param discard unmap or ignore, or null for the default
 */
public record AddDisk(DiskSource source, DiskBus bus, String target, String cache, String discard) implements GuestEdit {
    private static final Set<String> CACHES = Set.of("default", "none", "writethrough", "writeback", "directsync", "unsafe");
    private static final Set<String> DISCARDS = Set.of("unmap", "ignore");

    public AddDisk {
        Objects.requireNonNull(source, "source");
        bus = bus == null ? DiskBus.VIRTIO : bus;
    }

    /** A virtio disk with the next free name and the hypervisor's cache and discard defaults. */
    public AddDisk(DiskSource source) {
        this(source, DiskBus.VIRTIO, null, null, null);
    }

    @Override
    public String describe() {
        return "add " + (target == null ? "a " + bus.libvirtName() + " disk" : "disk " + target) + " on " + source.describe();
    }

    @Override
    public void edit(Definition next, Definition live, EditContext context) {
        if (cache != null && !CACHES.contains(cache)) {
            throw new EditRefused("Unknown cache mode '" + cache + "': use none, writeback, writethrough, directsync or unsafe.");
        }
        if (discard != null && !DISCARDS.contains(discard)) {
            throw new EditRefused("Unknown discard mode '" + discard + "': use unmap or ignore.");
        }
        Set<String> taken = new HashSet<>(new DiskDevices(next).targets());
        if (live != null) {
            taken.addAll(new DiskDevices(live).targets());
        }
        String name = target != null ? checkedTarget(taken, context) : DiskDevices.nextFreeTarget(bus, taken);
        Connect conn = context.host().connection();
        Image image;
        if (source instanceof DiskSource.NewVolume fresh) {
            checkNew(conn, fresh);
            image = create(conn, fresh, context);
        } else {
            image = existing(conn, next, live, context);
        }
        DiskDevices disks = new DiskDevices(next);
        if (bus == DiskBus.SCSI && !disks.hasScsiController()) {
            disks.addScsiController();
        }
        DiskDevice disk = disks.add(image.type(), image.path(), name, bus);
        disk.setFormat(image.format());
        disk.setCache(cache);
        disk.setDiscard(discard);
    }

    @Override
    public Live applyLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
        if (!bus.hotPluggable()) {
            return Live.NOT_LIVE;
        }
        Definition defined = Definition.parse(domain.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE));
        String path = path(context.host().connection());
        DiskDevice disk = new DiskDevices(defined).findBySource(path)
                .orElseThrow(() -> new IllegalStateException("the new disk " + path + " is not in the definition"));
        if (bus == DiskBus.SCSI && !new DiskDevices(live).hasScsiController()) {
            Element controller = Definition.children(defined.devices(), "controller").stream()
                    .filter(c -> "scsi".equals(c.getAttribute("type"))).findFirst().orElseThrow();
            domain.attachDeviceFlags(DeviceXml.forAttach(controller), LibvirtFlags.Affect.LIVE);
        }
        domain.attachDeviceFlags(DeviceXml.forAttach(disk.element()), LibvirtFlags.Affect.LIVE);
        return Live.DONE;
    }

    /** The image as the definition names it. */
    private record Image(String type, String path, String format) {
    }

    private String checkedTarget(Set<String> taken, EditContext context) {
        if (!target.matches("[a-z]{3,5}") || !target.startsWith(bus.prefix())) {
            throw new EditRefused("'" + target + "' is no name for a " + bus.libvirtName() + " disk; those are "
                    + bus.prefix() + "a, " + bus.prefix() + "b….");
        }
        if (taken.contains(target)) {
            throw new EditRefused("'" + context.guestName() + "' already has a drive called " + target + ".");
        }
        return target;
    }

    /** Checks a new volume can be made; makes nothing. */
    private static void checkNew(Connect conn, DiskSource.NewVolume fresh) {
        if (fresh.sizeGiB() <= 0) {
            throw new EditRefused("A new disk must be larger than 0 GiB; " + fresh.sizeGiB() + " GiB was asked.");
        }
        if (!"qcow2".equals(fresh.format()) && !"raw".equals(fresh.format())) {
            throw new EditRefused("Unknown volume format '" + fresh.format() + "': use qcow2 or raw.");
        }
        if (fresh.name() == null || fresh.name().isBlank() || fresh.name().contains("/")) {
            throw new EditRefused("'" + fresh.name() + "' is no name for a volume (it must be non-empty, without '/').");
        }
        StoragePool pool = HostStorage.pool(conn, fresh.pool());
        if (HostStorage.hasVolume(pool, fresh.name())) {
            throw new EditRefused("Storage pool '" + fresh.pool() + "' already has a volume '" + fresh.name() + "'.");
        }
    }

    /** Makes the volume, last of all checks, and registers its deletion should the edit fail later. */
    private static Image create(Connect conn, DiskSource.NewVolume fresh, EditContext context) {
        try {
            StorageVol volume = HostStorage.pool(conn, fresh.pool()).storageVolCreateXML(NewVolumeXml.of(fresh.name(),
                    fresh.sizeGiB() * ByteSize.GIB, fresh.format()), 0);
            String path = volume.getPath();
            context.host().undoOnFailure("volume " + path, () -> volume.delete(0));
            return new Image(HostStorage.diskType(volume), path, fresh.format());
        } catch (LibvirtException e) {
            throw new EditRefused("Could not make volume '" + fresh.name() + "' in pool '" + fresh.pool() + "': "
                    + LibvirtFailure.reason(e));
        }
    }

    /** An existing volume or file: found on the host, and no other guest's disk or base image. */
    private Image existing(Connect conn, Definition next, Definition live, EditContext context) {
        Image image;
        try {
            if (source instanceof DiskSource.ExistingVolume named) {
                StorageVol volume = HostStorage.volume(conn, named.pool(), named.volume());
                image = new Image(HostStorage.diskType(volume), volume.getPath(), HostStorage.format(volume));
            } else {
                String path = ((DiskSource.FilePath) source).path();
                if (path == null || !path.startsWith("/")) {
                    throw new EditRefused("'" + path + "' is not an absolute path on the host.");
                }
                StorageVol volume = HostStorage.volumeAt(conn, path);
                if (volume != null) {
                    image = new Image(HostStorage.diskType(volume), path, HostStorage.format(volume));
                } else if (HostStorage.exists(conn, path)) {
                    image = new Image("file", path, "raw"); // never probed: a raw guess cannot reach other files
                } else {
                    throw new EditRefused("There is no image " + path + " on the host.");
                }
            }
        } catch (LibvirtException e) {
            throw new EditRefused("Could not read " + source.describe() + ": " + LibvirtFailure.reason(e));
        }
        for (Definition own : live == null ? List.of(next) : List.of(next, live)) {
            new DiskDevices(own).all().stream().filter(d -> image.path().equals(DiskUsers.pathOf(conn, d))).findFirst()
                    .ifPresent(d -> {
                        throw new EditRefused(image.path() + " already is " + d.target() + " of '" + context.guestName() + "'.");
                    });
        }
        String otherUse = DiskUsers.otherUse(context, conn, image.path());
        if (otherUse == null) {
            otherUse = builtOn(conn, context, image.path());
        }
        if (otherUse != null) {
            throw new EditRefused("Will not add " + image.path() + " as a disk of '" + context.guestName() + "': "
                    + otherUse + ".");
        }
        return image;
    }

    private static String builtOn(Connect conn, EditContext context, String path) {
        try {
            List<String> dependents = Templates.dependents(conn, context.guestUuid(), List.of(path));
            return dependents.isEmpty() ? null : "guest '" + dependents.get(0) + "' builds on it";
        } catch (LibvirtException e) {
            return null;
        }
    }

    /** The path the disk has in the definition, looked up again for the live half. */
    private String path(Connect conn) throws LibvirtException {
        if (source instanceof DiskSource.NewVolume fresh) {
            return conn.storagePoolLookupByName(fresh.pool()).storageVolLookupByName(fresh.name()).getPath();
        }
        if (source instanceof DiskSource.ExistingVolume named) {
            return conn.storagePoolLookupByName(named.pool()).storageVolLookupByName(named.volume()).getPath();
        }
        return ((DiskSource.FilePath) source).path();
    }
}
