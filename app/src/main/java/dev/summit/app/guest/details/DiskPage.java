package dev.summit.app.guest.details;

import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.Definition;
import javafx.scene.Node;
import org.w3c.dom.Element;

/** One disk: what the guest calls it, where its data is, how it is attached. */
public final class DiskPage implements DetailsPage {
    private final String target;
    private final FactGrid grid = new FactGrid();
    private final Node node;

    public DiskPage(String target) {
        this.target = target;
        grid.row("Guest name", "disk-target");
        grid.row("Kind", "disk-device");
        grid.row("Bus", "disk-bus");
        grid.row("Source", "disk-source");
        grid.row("Format", "disk-format");
        grid.row("Cache", "disk-cache");
        grid.row("Read only", "disk-readonly");
        grid.row("Shareable", "disk-shareable");
        grid.row("Boot order", "disk-boot");
        node = PageLayout.page("details-disk-" + target, PageLayout.heading("Disk " + target), grid.node());
    }

    public static String key(String target) {
        return "disk:" + target;
    }

    @Override
    public void show(GuestDefinitions definitions) {
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
