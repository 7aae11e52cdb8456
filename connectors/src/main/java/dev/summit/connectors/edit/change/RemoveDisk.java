package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.device.DiskDevice;
import dev.summit.connectors.edit.device.DiskDevices;
import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.ops.DeleteGuest;
import dev.summit.connectors.ops.DiskDecision;
import dev.summit.connectors.ops.DiskOwnership;
import dev.summit.connectors.templates.Templates;
import java.util.List;
import java.util.Optional;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.StorageVol;

/**
 * Takes a hard disk out of the guest, from the running guest too where its bus allows. With
 * {@code deleteVolume} its image goes as well, under the rules a guest's deletion follows
 * ({@link DiskOwnership}): never an ISO, a read-only or shareable disk, or an image another guest uses
 * or builds on. The image is deleted last, and only once no running guest holds it open.
 *
 * @param target       the guest-side name, e.g. vdb
 * @param deleteVolume also delete the disk's storage volume
 */
public record RemoveDisk(String target, boolean deleteVolume) implements GuestEdit {
    @Override
    public String describe() {
        return "remove disk " + target + (deleteVolume ? " and delete its image" : "");
    }

    @Override
    public void edit(Definition next, Definition live, EditContext context) {
        DiskDevice disk = Disks.named(next, live, target, context);
        if (deleteVolume) {
            checkDeletable(disk, context);
        }
        Disks.hardDisk(next, target).ifPresent(own -> new DiskDevices(next).remove(own));
    }

    @Override
    public Live applyLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
        Optional<DiskDevice> running = Disks.hardDisk(live, target);
        if (running.isEmpty()) {
            return Live.DONE;
        }
        if ("sata".equals(running.get().bus()) || "ide".equals(running.get().bus())) {
            return Live.NOT_LIVE;
        }
        domain.detachDeviceFlags(DeviceXml.of(running.get().element()), LibvirtFlags.Affect.LIVE);
        // QEMU unplugs only once the guest lets go; libvirt returns after waiting a few seconds either way.
        return stillAttached(domain) ? Live.NOT_LIVE : Live.DONE;
    }

    private boolean stillAttached(Domain domain) throws LibvirtException {
        return domain.isActive() == 1 && Disks.hardDisk(Definition.parse(domain.getXMLDesc(0)), target).isPresent();
    }

    private void checkDeletable(DiskDevice disk, EditContext context) {
        if (disk.source() == null) {
            throw new EditRefused(target + " has no image to delete.");
        }
        DiskDecision decision = DiskOwnership.decide(List.of(disk.summary()), DiskUsers.others(context)).get(0);
        Connect conn = context.host().connection();
        if (decision.remove()) {
            try {
                List<String> clones = Templates.dependents(conn, context.guestUuid(), List.of(DiskUsers.pathOf(conn, disk)));
                if (!clones.isEmpty()) {
                    decision = new DiskDecision(target, disk.source(), false, "kept: backing image of '" + clones.get(0) + "'");
                }
            } catch (LibvirtException e) {
                throw new EditRefused("Could not tell whether another guest builds on " + disk.source() + ".");
            }
        }
        if (!decision.remove()) {
            throw new EditRefused("Will not delete the image of " + target + " (" + disk.source() + "): "
                    + decision.why().replaceFirst("^kept: ", "") + ". Remove the disk and keep the image instead.");
        }
        String source = disk.source();
        try {
            DeleteGuest.volumeOf(conn, source);
        } catch (LibvirtException e) {
            throw new EditRefused("Will not delete " + source + ": it is not a volume of a storage pool on this host.");
        }
        context.host().afterSuccess(host -> deleteUnlessOpen(host, context, source));
    }

    private void deleteUnlessOpen(Connect conn, EditContext context, String source) throws LibvirtException {
        Domain domain = conn.domainLookupByUUIDString(context.guestUuid());
        if (stillAttached(domain)) {
            throw new HostOperationException("Removed " + target + " from the definition, but the running guest has not"
                    + " let go of it yet, so its image " + source + " is kept; delete it once the guest is off.");
        }
        StorageVol volume = DeleteGuest.volumeOf(conn, source);
        volume.delete(0);
    }
}
