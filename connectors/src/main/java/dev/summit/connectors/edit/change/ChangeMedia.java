package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.device.CdromDevice;
import dev.summit.connectors.edit.device.CdromDevices;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.host.LibvirtFlags;
import java.util.List;
import java.util.Optional;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * Puts an ISO image in a CD/DVD drive, or ejects it: in the running guest at once, and in the
 * definition so the next boot finds the same.
 *
 * @param target the drive (hdc, sda…), or null for the guest's first CD/DVD drive
 * @param iso    an absolute path on the host or a pool's volume as POOL/VOLUME; null ejects
 */
public record ChangeMedia(String target, String iso) implements GuestEdit {
    @Override
    public String describe() {
        String drive = target == null ? "the CD/DVD drive" : "CD/DVD drive " + target;
        return iso == null ? "eject " + drive : "insert " + iso + " in " + drive;
    }

    @Override
    public void edit(Definition next, Definition live, EditContext context) {
        CdromDevice drive = drive(next, context);
        if (iso == null) {
            drive.eject();
        } else {
            drive.insert(path(context));
        }
    }

    @Override
    public Live applyLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
        Definition defined = Definition.parse(domain.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE));
        CdromDevice wanted = drive(defined, context);
        Optional<CdromDevice> running = new CdromDevices(live).find(wanted.target());
        if (running.isEmpty()) {
            return Live.NOT_LIVE;
        }
        if (wanted.empty()) {
            running.get().eject();
        } else {
            running.get().insert(wanted.media());
        }
        String device = DeviceXml.of(running.get().element());
        try {
            domain.updateDeviceFlags(device, LibvirtFlags.Affect.LIVE);
        } catch (LibvirtException e) {
            if (!trayHeldShut(e)) {
                throw e;
            }
            // The guest did not open its tray when asked (firmware or an OS that locks it, or one too
            // slow to answer): the user asked for this change, so it is made as a drive's manual
            // eject would, which is what virsh change-media --force does.
            domain.updateDeviceFlags(device, LibvirtFlags.Affect.LIVE | LibvirtFlags.Affect.FORCE);
        }
        return Live.DONE;
    }

    /** QEMU's answers when the guest keeps the tray shut: "Tray of device … is not open", "… is locked". */
    private static boolean trayHeldShut(LibvirtException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("Tray of device") || message.contains("is locked");
    }

    private CdromDevice drive(Definition definition, EditContext context) {
        CdromDevices drives = new CdromDevices(definition);
        List<CdromDevice> all = drives.all();
        if (all.isEmpty()) {
            throw new EditRefused("'" + context.guestName() + "' has no CD/DVD drive; add a CD drive first.");
        }
        return drives.find(target).orElseThrow(() -> new EditRefused("'" + context.guestName() + "' has no CD/DVD drive "
                + target + "; its drives are " + String.join(", ", all.stream().map(CdromDevice::target).toList()) + "."));
    }

    /** The image's path on the host, which must exist there. */
    private String path(EditContext context) {
        var conn = context.host().connection();
        if (!iso.startsWith("/")) {
            DiskSource.ExistingVolume named;
            try {
                named = DiskSource.ExistingVolume.parse(iso);
            } catch (IllegalArgumentException e) {
                throw new EditRefused("'" + iso + "' is neither an absolute path on the host nor POOL/VOLUME.");
            }
            try {
                return HostStorage.volume(conn, named.pool(), named.volume()).getPath();
            } catch (LibvirtException e) {
                throw new EditRefused("Could not read volume " + iso + ": " + LibvirtFailure.reason(e));
            }
        }
        if (!HostStorage.exists(conn, iso)) {
            throw new EditRefused("There is no image " + iso + " on the host.");
        }
        return iso;
    }
}
