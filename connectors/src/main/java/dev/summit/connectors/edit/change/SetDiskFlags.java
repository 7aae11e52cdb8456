package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.device.DiskDevice;
import org.libvirt.Domain;

/**
 * Marks a hard disk read-only and/or shareable between guests. QEMU opens a disk in one mode for the
 * life of the process, so this takes effect at next boot.
 *
 * @param target    the guest-side name
 * @param readOnly  whether the guest may not write to it
 * @param shareable whether other guests may have it at the same time
 */
public record SetDiskFlags(String target, boolean readOnly, boolean shareable) implements GuestEdit {
    @Override
    public String describe() {
        return "make disk " + target + (readOnly ? " read-only" : " writable") + (shareable ? " and shareable" : " and not shared");
    }

    @Override
    public void edit(Definition next, Definition live, EditContext context) {
        DiskDevice disk = Disks.hardDisk(next, target).orElseThrow(() -> new EditRefused("'" + context.guestName()
                + "' has no disk " + target + " in its definition."));
        if (!"disk".equals(disk.device())) {
            throw new EditRefused(target + " of '" + context.guestName() + "' is a " + disk.device() + " drive, not a hard disk.");
        }
        if (shareable && "qcow2".equals(disk.format())) {
            // Two QEMUs writing one qcow2 image corrupt its metadata; libvirt refuses it at start.
            throw new EditRefused(target + " is a qcow2 image, which guests cannot share; only a raw disk can be shareable.");
        }
        disk.setReadOnly(readOnly);
        disk.setShareable(shareable);
    }

    @Override
    public Live applyLive(Domain domain, Definition live, EditContext context) {
        return Live.NOT_LIVE;
    }
}
