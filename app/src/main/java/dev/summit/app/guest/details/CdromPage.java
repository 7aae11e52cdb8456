package dev.summit.app.guest.details;

import dev.summit.app.guest.ShownGuest;
import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.details.HostHardware;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import org.w3c.dom.Element;

/** One CD/DVD drive and the image in it, now (a running guest's media can change without a reboot). */
public final class CdromPage implements DetailsPage {
    private final String target;
    private final CdromViewModel model;
    private final FactGrid grid = new FactGrid();
    private final ComboBox<String> image = new ComboBox<>();
    private final Node node;

    public CdromPage(ShownGuest guest, String target) {
        this(target, new CdromViewModel(target, guest::apply));
        guest.hostHardwareProperty().addListener((obs, old, now) -> offer(now));
        offer(guest.hostHardwareProperty().get());
    }

    CdromPage(String target, CdromViewModel model) {
        this.target = target;
        this.model = model;
        String prefix = "cdrom-" + target;
        EditFeedback feedback = model.feedback();
        image.setId(prefix + "-image");
        image.setEditable(true);
        image.setPrefWidth(420);
        image.setPromptText("an ISO of a pool, or a path on the host");
        grid.row("Guest name", "cdrom-target");
        grid.row("Bus", "cdrom-bus");
        grid.row("Media", "cdrom-media");
        grid.row("Boot order", "cdrom-boot");
        node = PageLayout.page("details-cdrom-" + target, PageLayout.heading("CD/DVD " + target), grid.node(),
                new HBox(8, image, PageLayout.button(prefix + "-insert", "Insert", feedback, () -> model.insert(image.getEditor().getText())),
                        PageLayout.button(prefix + "-eject", "Eject", feedback, model::eject),
                        PageLayout.marker(prefix + "-pending", model.pendingProperty())),
                PageLayout.note("A running guest's media changes at once; the drive keeps it for the next boot too."),
                PageLayout.feedback(prefix, feedback));
    }

    private void offer(HostHardware host) {
        image.getItems().setAll(host.isoVolumes());
    }

    public static String key(String target) {
        return "cdrom:" + target;
    }

    @Override
    public void show(GuestDefinitions definitions) {
        model.show(definitions);
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
