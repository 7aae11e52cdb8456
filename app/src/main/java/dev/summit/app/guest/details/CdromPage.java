package dev.summit.app.guest.details;

import dev.summit.app.guest.ShownGuest;
import dev.summit.app.storage.LibraryIso;
import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.details.HostHardware;
import java.io.File;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.w3c.dom.Element;

/** One CD/DVD drive and the image in it, now (a running guest's media can change without a reboot). */
public final class CdromPage implements DetailsPage {
    private final String target;
    private final CdromViewModel model;
    private final FactGrid grid = new FactGrid();
    private final ComboBox<String> image = new ComboBox<>();
    private final Node node;
    private List<String> onHost = List.of();
    private List<String> onThisComputer = List.of();

    public CdromPage(ShownGuest guest, String target) {
        this(target, new CdromViewModel(target, guest::apply, typed -> guest.isoOnHost(typed, (fraction, bytes, said) -> { })));
        guest.hostHardwareProperty().addListener((obs, old, now) -> offerHost(now));
        offerHost(guest.hostHardwareProperty().get());
        guest.localIsos().thenAcceptAsync(this::offerLocal, Platform::runLater);
    }

    CdromPage(String target, CdromViewModel model) {
        this.target = target;
        this.model = model;
        String prefix = "cdrom-" + target;
        EditFeedback feedback = model.feedback();
        image.setId(prefix + "-image");
        image.setEditable(true);
        image.setPrefWidth(420);
        image.setPromptText("an ISO of a pool or of this computer, or a path on the host");
        Button browse = new Button("Browse…");
        browse.setId(prefix + "-browse");
        browse.setOnAction(e -> browse());
        grid.row("Guest name", "cdrom-target");
        grid.row("Bus", "cdrom-bus");
        grid.row("Media", "cdrom-media");
        grid.row("Boot order", "cdrom-boot");
        node = PageLayout.page("details-cdrom-" + target, PageLayout.heading("CD/DVD " + target), grid.node(),
                new HBox(8, image, browse, PageLayout.button(prefix + "-insert", "Insert", feedback, () -> model.insert(image.getEditor().getText())),
                        PageLayout.button(prefix + "-eject", "Eject", feedback, model::eject),
                        PageLayout.marker(prefix + "-pending", model.pendingProperty())),
                PageLayout.note("A running guest's media changes at once; the drive keeps it for the next boot too."
                        + " An image of this computer is uploaded into a remote host's default pool first."),
                PageLayout.feedback(prefix, feedback));
    }

    private void offerHost(HostHardware host) {
        onHost = host.isoVolumes();
        offer();
    }

    private void offerLocal(List<LibraryIso> isos) {
        onThisComputer = isos.stream().map(LibraryIso::path).toList();
        offer();
    }

    /** The ISO library: the host's pool ISOs, then the ISOs of this computer's library folders. */
    private void offer() {
        image.getItems().setAll(onHost);
        image.getItems().addAll(onThisComputer);
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose an ISO image on this computer");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("ISO images", "*.iso", "*.ISO"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(node.getScene() == null ? null : node.getScene().getWindow());
        if (chosen != null) {
            image.getEditor().setText(chosen.getAbsolutePath());
        }
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
