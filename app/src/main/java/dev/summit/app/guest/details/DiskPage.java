package dev.summit.app.guest.details;

import dev.summit.app.guest.ShownGuest;
import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.device.DiskDevice;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.w3c.dom.Element;

/** One disk: what the guest calls it, where its data is, how it is attached; grow, flags, remove. */
public final class DiskPage implements DetailsPage {
    private final String target;
    private final DiskViewModel model;
    private final FactGrid grid = new FactGrid();
    private final CheckBox readOnly = new CheckBox("Read only");
    private final CheckBox shareable = new CheckBox("Shareable");
    private final Node node;

    public DiskPage(ShownGuest guest, String target) {
        this(target, new DiskViewModel(target, guest::apply));
    }

    DiskPage(String target, DiskViewModel model) {
        this.target = target;
        this.model = model;
        EditFeedback feedback = model.feedback();
        grid.row("Guest name", "disk-target");
        grid.row("Kind", "disk-device");
        grid.row("Bus", "disk-bus");
        grid.row("Source", "disk-source");
        grid.row("Format", "disk-format");
        grid.row("Cache", "disk-cache");
        grid.row("Read only", "disk-readonly");
        grid.row("Shareable", "disk-shareable");
        grid.row("Boot order", "disk-boot");
        String id = "disk-" + target;
        TextField size = new TextField();
        size.setId(id + "-size");
        size.setPromptText("GiB");
        size.setPrefColumnCount(6);
        readOnly.setId(id + "-readonly");
        shareable.setId(id + "-shareable");
        CheckBox deleteVolume = new CheckBox("Also delete the volume");
        deleteVolume.setId(id + "-delete-volume");
        node = PageLayout.page("details-disk-" + target, PageLayout.heading("Disk " + target), grid.node(),
                PageLayout.heading("Size"),
                new HBox(8, size, new javafx.scene.control.Label("GiB"),
                        PageLayout.button(id + "-grow", "Grow", feedback, () -> model.grow(size.getText()))),
                PageLayout.note("A disk only grows: grow the file system inside the guest afterwards."),
                PageLayout.heading("Flags"),
                new HBox(12, readOnly, shareable, PageLayout.marker(id + "-pending", model.pendingFlagsProperty())),
                PageLayout.button(id + "-apply-flags", "Apply flags", feedback,
                        () -> model.setFlags(readOnly.isSelected(), shareable.isSelected())),
                PageLayout.heading("Remove"),
                new HBox(12, PageLayout.button(id + "-remove", "Remove disk", feedback,
                        () -> model.remove(deleteVolume.isSelected())), deleteVolume),
                PageLayout.feedback(id, feedback));
    }

    public static String key(String target) {
        return "disk:" + target;
    }

    @Override
    public void show(GuestDefinitions definitions) {
        model.show(definitions);
        Element disk = HardwareList.disk(definitions.persistent(), target);
        if (disk == null) {
            return; // gone; the list drops this page in the same refresh
        }
        Element driver = Definition.child(disk, "driver");
        grid.set("disk-target", target);
        grid.set("disk-device", Definition.attribute(disk, "device") == null ? "disk" : Definition.attribute(disk, "device"));
        grid.set("disk-bus", DiskSource.bus(disk));
        grid.set("disk-source", DiskSource.describe(disk));
        grid.set("disk-format", Definition.attribute(driver, "type"));
        grid.set("disk-cache", Definition.attribute(driver, "cache") == null ? "hypervisor default" : Definition.attribute(driver, "cache"));
        grid.set("disk-readonly", Definition.child(disk, "readonly") != null ? "yes" : "no");
        grid.set("disk-shareable", Definition.child(disk, "shareable") != null ? "yes" : "no");
        grid.set("disk-boot", DiskSource.bootOrder(disk));
        Optional<DiskDevice> device = model.disk();
        device.ifPresent(d -> {
            readOnly.setSelected(d.readOnly());
            shareable.setSelected(d.shareable());
        });
    }

    @Override
    public String key() {
        return key(target);
    }

    @Override
    public String label() {
        return "Disk " + target;
    }

    @Override
    public Node node() {
        return node;
    }
}
