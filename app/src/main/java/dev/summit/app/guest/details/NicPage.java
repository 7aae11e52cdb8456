package dev.summit.app.guest.details;

import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.Definition;
import javafx.scene.Node;
import org.w3c.dom.Element;

/** One network interface: what it is plugged into, its address, model and link. */
public final class NicPage implements DetailsPage {
    private final String id;
    private final FactGrid grid = new FactGrid();
    private final Node node;

    /** @param id the NIC's MAC address (or its position, "#2", when it has none) */
    public NicPage(String id) {
        this.id = id;
        grid.row("MAC address", "nic-mac");
        grid.row("Connected to", "nic-source");
        grid.row("Model", "nic-model");
        grid.row("Link", "nic-link");
        grid.row("Host device", "nic-host-device");
        grid.row("Boot order", "nic-boot");
        node = PageLayout.page("details-nic-" + id.replace(':', '-'), PageLayout.heading("NIC " + id), grid.node());
    }

    public static String key(String id) {
        return "nic:" + id;
    }

    @Override
    public void show(GuestDefinitions definitions) {
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
        return id.length() == 17 ? "NIC " + id.substring(8) : "NIC " + id;
    }

    @Override
    public Node node() {
        return node;
    }
}
