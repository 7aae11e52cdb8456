package dev.summit.app.guest.details;

import dev.summit.app.guest.ShownGuest;
import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.Definition;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import org.w3c.dom.Element;

/** One network interface: what it is plugged into, its address, model and link; link up/down and remove. */
public final class NicPage implements DetailsPage {
    private final String id;
    private final NicViewModel model;
    private final FactGrid grid = new FactGrid();
    private final ToggleButton link = new ToggleButton();
    private final Node node;

    /** @param id the NIC's MAC address (or its position, "#2", when it has none) */
    public NicPage(ShownGuest guest, String id) {
        this(id, new NicViewModel(id, guest::apply));
    }

    NicPage(String id, NicViewModel model) {
        this.id = id;
        this.model = model;
        String prefix = "nic-" + id.replace(':', '-');
        EditFeedback feedback = model.feedback();
        grid.row("MAC address", "nic-mac");
        grid.row("Connected to", "nic-source");
        grid.row("Model", "nic-model");
        grid.row("Link", "nic-link");
        grid.row("Host device", "nic-host-device");
        grid.row("Boot order", "nic-boot");
        link.setId(prefix + "-link");
        link.textProperty().bind(javafx.beans.binding.Bindings.when(model.linkUpProperty()).then("Link up").otherwise("Link down"));
        link.disableProperty().bind(feedback.busyProperty());
        link.setOnAction(e -> {
            boolean up = link.isSelected();
            link.setSelected(model.linkUpProperty().get()); // follows the guest, not the click
            model.setLink(up);
        });
        node = PageLayout.page("details-nic-" + id.replace(':', '-'), PageLayout.heading("NIC " + id), grid.node(),
                new HBox(12, link, PageLayout.marker(prefix + "-pending", model.pendingLinkProperty())),
                PageLayout.note("Setting the link down unplugs the cable, as far as the guest can tell; the NIC stays."),
                PageLayout.button(prefix + "-remove", "Remove NIC", feedback, model::remove),
                PageLayout.feedback(prefix, feedback));
        model.linkUpProperty().addListener((obs, old, up) -> link.setSelected(up));
    }

    public static String key(String id) {
        return "nic:" + id;
    }

    @Override
    public void show(GuestDefinitions definitions) {
        model.show(definitions);
        link.setSelected(model.linkUpProperty().get());
        Element nic = HardwareList.nic(definitions.persistent(), id);
        if (nic == null) {
            return;
        }
        Element liveNic = definitions.running() ? HardwareList.nic(definitions.live(), id) : null;
        Element source = Definition.child(nic, "source");
        String type = Definition.attribute(nic, "type");
        grid.set("nic-mac", Definition.attribute(Definition.child(nic, "mac"), "address"));
        grid.set("nic-source", switch (type == null ? "" : type) {
            case "network" -> "network " + Definition.attribute(source, "network");
            case "bridge" -> "bridge " + Definition.attribute(source, "bridge");
            case "direct" -> "host device " + Definition.attribute(source, "dev") + " (macvtap)";
            case "user" -> "user-mode networking";
            default -> type;
        });
        grid.set("nic-model", Definition.attribute(Definition.child(nic, "model"), "type"));
        Element shown = liveNic != null ? liveNic : nic;
        String link = Definition.attribute(Definition.child(shown, "link"), "state");
        grid.set("nic-link", link == null ? "up" : link);
        grid.set("nic-host-device", liveNic == null ? "" : Definition.attribute(Definition.child(liveNic, "target"), "dev"));
        grid.set("nic-boot", DiskSource.bootOrder(nic));
    }

    @Override
    public String key() {
        return key(id);
    }

    @Override
    public String label() {
        // virt-manager's short form: the last three octets tell a guest's NICs apart.
        return id.length() == 17 ? "NIC " + id.substring(9) : "NIC " + id;
    }

    @Override
    public Node node() {
        return node;
    }
}
