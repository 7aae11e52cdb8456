package dev.summit.app.guest.details;

import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import javafx.scene.Node;
import org.w3c.dom.Element;

/** One CD/DVD drive and the image in it, now (a running guest's media can change without a reboot). */
public final class CdromPage implements DetailsPage {
    private final String target;
    private final FactGrid grid = new FactGrid();
    private final Node node;

    public CdromPage(String target) {
        this.target = target;
        grid.row("Guest name", "cdrom-target");
        grid.row("Bus", "cdrom-bus");
        grid.row("Media", "cdrom-media");
        grid.row("Boot order", "cdrom-boot");
        node = PageLayout.page("details-cdrom-" + target, PageLayout.heading("CD/DVD " + target), grid.node());
    }

    public static String key(String target) {
        return "cdrom:" + target;
    }

    @Override
    public void show(GuestDefinitions definitions) {
        Element drive = HardwareList.cdrom(definitions.current(), target);
        if (drive == null) {
            drive = HardwareList.cdrom(definitions.persistent(), target);
        }
        if (drive == null) {
            return;
        }
        String media = DiskSource.describe(drive);
        grid.set("cdrom-target", target);
        grid.set("cdrom-bus", DiskSource.bus(drive));
        grid.set("cdrom-media", media.isEmpty() ? "empty" : media);
        grid.set("cdrom-boot", DiskSource.bootOrder(drive));
    }

    @Override
    public String key() {
        return key(target);
    }

    @Override
    public String label() {
        return "CD/DVD " + target;
    }

    @Override
    public Node node() {
        return node;
    }
}
