package dev.summit.app.create;

import dev.summit.connectors.ops.CloneMode;
import dev.summit.connectors.ops.CreateFromTemplate;
import dev.summit.connectors.ops.CreateRequest;
import dev.summit.connectors.ops.GuestResources;
import dev.summit.connectors.ops.MachineChoice;
import dev.summit.connectors.osinfo.OsEntry;
import dev.summit.connectors.templates.Templates;
import dev.summit.connectors.units.ByteSize;
import dev.summit.connectors.xml.DisplayListen;
import dev.summit.connectors.xml.Firmware;
import dev.summit.connectors.xml.Machine;
import dev.summit.connectors.xml.NicChoice;
import java.nio.file.Path;

/** The choices made so far, page by page; turned into the operation's request at Finish. */
final class WizardDraft {
    /** Install media on this machine (uploaded first to a remote host). */
    Path iso;
    /** Install media already on the host: a pool volume's path there. */
    String hostIsoVolume;
    /** Set instead of {@link #iso} when the guest boots an existing image in place. */
    dev.summit.connectors.ops.ImportedDisk importDisk;
    /** Instead of a new disk: a volume of the pool no guest uses. */
    dev.summit.connectors.storage.VolumeSummary existingVolume;
    /** With {@link #importDisk}: copy it into {@link #pool} and boot the copy. */
    boolean copyDisk;
    OsEntry os = OsEntry.GENERIC;
    String isoVolumeId = "";
    boolean osDetected;
    long memoryMiB = 1024;
    int vcpus = 1;
    long diskGiB = 10;
    String pool = CreateRequest.DEFAULT_POOL;
    NicChoice network = new NicChoice.Network("default");
    String name = "";
    /** A network install tree's installer, found at the URL the user gave. */
    dev.summit.connectors.ops.NetInstall netInstall;
    /** No media: an empty disk, and the guest boots from the network (PXE) first. */
    boolean pxe;
    /** Set instead of an ISO or a disk when the guest is a clone of this template. */
    Templates.Named template;
    /** With a template: copy its disks whole instead of linking them. */
    boolean fullCopy;
    /** With a template: the new guest's own VNC password, or none; never the template's. */
    dev.summit.connectors.ops.ClonePassword displayPassword = dev.summit.connectors.ops.ClonePassword.UNCHOSEN;
    Firmware firmware = Firmware.BIOS;
    Machine machine = Machine.Q35;

    CreateRequest request() {
        return new CreateRequest(name, iso, os.shortId(), new GuestResources(memoryMiB, vcpus, diskGiB * ByteSize.GIB), pool,
                network, new MachineChoice(machine, firmware, null, null), DisplayListen.UNIX_SOCKET);
    }

    /** The existing volume as the operation takes an image already on the host. */
    dev.summit.connectors.ops.ImportedDisk existingDisk() {
        return existingVolume == null ? null : new dev.summit.connectors.ops.ImportedDisk(java.nio.file.Path.of(existingVolume.path()),
                existingVolume.format().isEmpty() ? "raw" : existingVolume.format(), existingVolume.capacity());
    }

    CreateFromTemplate.Request templateRequest() {
        return new CreateFromTemplate.Request(template.name(), name, fullCopy ? CloneMode.FULL : CloneMode.LINKED,
                memoryMiB, vcpus, displayPassword);
    }

    static String describe(NicChoice network) {
        if (network instanceof NicChoice.Network n) {
            return "virtual network '" + n.name() + "'";
        }
        if (network instanceof NicChoice.Bridge b) {
            return "host bridge " + b.name();
        }
        return "no network";
    }
}
