package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.device.DiskDevice;
import dev.summit.connectors.edit.device.DiskDevices;
import java.util.Optional;

/** Finding the hard disk an edit names, in the definition or the running guest. */
final class Disks {
    private Disks() {
    }

    static Optional<DiskDevice> hardDisk(Definition definition, String target) {
        return definition == null ? Optional.empty() : new DiskDevices(definition).find(target);
    }

    /** The disk {@code target} of the definition, else of the running guest; a refusal when neither has it or it is no hard disk. */
    static DiskDevice named(Definition next, Definition live, String target, EditContext context) {
        DiskDevice disk = hardDisk(next, target).or(() -> hardDisk(live, target))
                .orElseThrow(() -> new EditRefused("'" + context.guestName() + "' has no disk " + target + "."));
        if (!"disk".equals(disk.device())) {
            throw new EditRefused(target + " of '" + context.guestName() + "' is a " + disk.device()
                    + " drive, not a hard disk.");
        }
        return disk;
    }
}
