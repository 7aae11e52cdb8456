package dev.summit.app.guest.details;

import dev.summit.connectors.edit.EditOutcome;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.change.AddDisk;
import dev.summit.connectors.edit.change.AddNic;
import dev.summit.connectors.edit.change.DiskSource;
import dev.summit.connectors.xml.DiskBus;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** The Add hardware page's two changes: a disk more (new volume, existing volume, file) and a NIC more. FX thread only. */
final class AddHardwareViewModel {
    /** Where a new disk's data is. */
    enum DiskKind { NEW_VOLUME, EXISTING_VOLUME, FILE }

    /** What the disk form holds; blank strings are "the default". */
    record DiskForm(DiskKind kind, String pool, String name, String sizeGiB, String format, String volume, String path,
                    Driver driver) {
    }

    /** How the guest sees the disk: its bus, cache mode and discard handling. */
    record Driver(String bus, String cache, String discard) {
    }

    private final EditFeedback disk;
    private final EditFeedback nic;

    AddHardwareViewModel(Function<GuestEdit, CompletableFuture<EditOutcome>> editor) {
        this.disk = new EditFeedback(editor);
        this.nic = new EditFeedback(editor);
    }

    CompletableFuture<Void> addDisk(DiskForm form) {
        DiskSource source;
        switch (form.kind()) {
            case NEW_VOLUME -> {
                if (blank(form.pool())) {
                    return disk.refuse("Choose the pool the new volume goes in.");
                }
                if (blank(form.name())) {
                    return disk.refuse("Name the new volume, e.g. data.qcow2.");
                }
                long size;
                try {
                    size = Long.parseLong(form.sizeGiB().strip());
                } catch (NumberFormatException e) {
                    return disk.refuse("The size must be a whole number of GiB, not '" + form.sizeGiB().strip() + "'.");
                }
                source = new DiskSource.NewVolume(form.pool(), form.name().strip(), size, orNull(form.format()));
            }
            case EXISTING_VOLUME -> {
                if (blank(form.volume())) {
                    return disk.refuse("Give the volume as POOL/VOLUME, e.g. default/data.qcow2.");
                }
                try {
                    source = DiskSource.ExistingVolume.parse(form.volume().strip());
                } catch (IllegalArgumentException e) {
                    return disk.refuse(e.getMessage());
                }
            }
            default -> {
                if (blank(form.path()) || !form.path().strip().startsWith("/")) {
                    return disk.refuse("Give the image file's absolute path on the host.");
                }
                source = new DiskSource.FilePath(form.path().strip());
            }
        }
        try {
            return disk.send(new AddDisk(source, blank(form.driver().bus()) ? null : DiskBus.named(form.driver().bus().strip()), null,
                    orNull(form.driver().cache()), orNull(form.driver().discard())));
        } catch (IllegalArgumentException e) {
            return disk.refuse(e.getMessage());
        }
    }

    /**
     * @param type   network or bridge
     * @param source the network's or bridge's name
     * @param mac    blank for a free random one
     */
    CompletableFuture<Void> addNic(String type, String source, String model, String mac) {
        if (blank(source)) {
            return nic.refuse("network".equals(type) ? "Choose the network the NIC is plugged into."
                    : "Name the host bridge the NIC is plugged into, e.g. br0.");
        }
        try {
            return nic.send(new AddNic(type, source.strip(), orNull(model), orNull(mac)));
        } catch (IllegalArgumentException e) {
            return nic.refuse(e.getMessage());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String orNull(String text) {
        return blank(text) ? null : text.strip();
    }

    EditFeedback diskFeedback() {
        return disk;
    }

    EditFeedback nicFeedback() {
        return nic;
    }
}
