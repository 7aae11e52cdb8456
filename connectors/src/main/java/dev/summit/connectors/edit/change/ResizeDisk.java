package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.device.DiskDevice;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.ops.DeleteGuest;
import dev.summit.connectors.units.ByteSize;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.StorageVol;

/**
 * Grows a hard disk (never shrinks: that would cut off the guest's data). A running guest's disk grows
 * through QEMU at once; a stopped guest's volume through libvirt's storage API, which works on remote
 * hosts too. A stopped guest's disk that is no pool volume cannot be grown. The definition is unchanged.
 *
 * @param target        the guest-side name, e.g. vda
 * @param newSizeBytes  the size the guest is to see
 */
public record ResizeDisk(String target, long newSizeBytes) implements GuestEdit {
    /** VIR_DOMAIN_BLOCK_RESIZE_BYTES: the size is in bytes, not KiB. */
    private static final int RESIZE_BYTES = 1;

    @Override
    public String describe() {
        return "grow disk " + target + " to " + ByteSize.exact(newSizeBytes);
    }

    @Override
    public void edit(Definition next, Definition live, EditContext context) {
        DiskDevice disk = Disks.named(live != null ? live : next, null, target, context);
        Connect conn = context.host().connection();
        long current;
        try {
            if (live != null) {
                current = conn.domainLookupByUUIDString(context.guestUuid()).blockInfo(target).getCapacity();
            } else {
                current = volume(conn, disk).getInfo().capacity;
            }
        } catch (LibvirtException e) {
            throw new EditRefused("Could not read the size of " + target + ": " + LibvirtFailure.reason(e));
        }
        if (newSizeBytes < current) {
            throw new EditRefused("Will not shrink " + target + ": it is " + ByteSize.exact(current) + " and "
                    + ByteSize.exact(newSizeBytes) + " was asked; a disk only grows.");
        }
        if (newSizeBytes == current) {
            throw new EditRefused(target + " already is " + ByteSize.exact(current) + ".");
        }
        if (live == null) {
            String source = disk.source();
            context.host().afterSuccess(host -> DeleteGuest.volumeOf(host, source).resize(newSizeBytes, 0));
        }
    }

    @Override
    public Live applyLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
        domain.blockResize(target, newSizeBytes, RESIZE_BYTES);
        return Live.DONE;
    }

    private StorageVol volume(Connect conn, DiskDevice disk) {
        EditRefused notAVolume = new EditRefused(target + " (" + disk.source() + ") is no volume of a storage pool,"
                + " so it can be grown only while the guest runs.");
        if (disk.source() == null) {
            throw notAVolume;
        }
        try {
            return DeleteGuest.volumeOf(conn, disk.source());
        } catch (LibvirtException e) {
            throw notAVolume;
        }
    }
}
