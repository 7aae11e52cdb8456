package dev.summit.app.guest.details;

import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.Definition;
import java.util.stream.Collectors;
import javafx.scene.Node;
import org.w3c.dom.Element;

/** Display: how the screen is served (VNC, SPICE, where it listens) and the video card the guest sees. */
public final class DisplayPage implements DetailsPage {
    public static final String KEY = "display";
    public static final String ID = "details-display";

    private final FactGrid grid = new FactGrid();
    private final Node node;

    public DisplayPage() {
        grid.row("Served as", "display-graphics");
        grid.row("Video card", "display-video");
        node = PageLayout.page(ID, PageLayout.heading("Display"), grid.node());
    }

    @Override
    public void show(GuestDefinitions definitions) {
        // The live definition has the port QEMU was given; the persistent one says "auto".
        Definition shown = definitions.current();
        String graphics = Definition.children(shown.devices(), "graphics").stream().map(DisplayPage::graphics)
                .collect(Collectors.joining("\n"));
        grid.set("display-graphics", graphics.isEmpty() ? "no display" : graphics);
        grid.set("display-video", Definition.children(shown.devices(), "video").stream().map(video -> {
            Element model = Definition.child(video, "model");
            String vram = Definition.attribute(model, "vram");
            return Definition.attribute(model, "type") + (vram == null ? "" : ", " + Long.parseLong(vram) / 1024 + " MiB video memory");
        }).collect(Collectors.joining("\n")));
    }

    private static String graphics(Element graphics) {
        String type = Definition.attribute(graphics, "type");
        Element listenElement = Definition.child(graphics, "listen");
        String listen = Definition.attribute(graphics, "listen");
        if (listenElement != null) {
            String socket = Definition.attribute(listenElement, "socket");
            listen = socket != null ? socket : Definition.attribute(listenElement, "address");
            if (listen == null) {
                listen = Definition.attribute(listenElement, "type");
            }
        }
        String port = Definition.attribute(graphics, "port");
        boolean auto = "yes".equals(Definition.attribute(graphics, "autoport")) || "-1".equals(port);
        return (type == null ? "?" : type.toUpperCase()) + (listen == null ? "" : " on " + listen)
                + (port != null && !"-1".equals(port) ? ", port " + port : auto ? ", port chosen at start" : "");
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String label() {
        return "Display";
    }

    @Override
    public Node node() {
        return node;
    }
}
