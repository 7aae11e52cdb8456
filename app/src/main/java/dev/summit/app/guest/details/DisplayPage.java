package dev.summit.app.guest.details;

import dev.summit.app.guest.ShownGuest;
import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.device.GraphicsSettings;
import dev.summit.connectors.edit.Definition;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.w3c.dom.Element;

/** Display: how the screen is served (VNC, SPICE, where it listens) and the video card the guest sees, and changing them. */
public final class DisplayPage implements DetailsPage {
    public static final String KEY = "display";
    public static final String ID = "details-display";

    public static final String LISTEN_ID = "display-listen";
    public static final String PASSWORD_ID = "display-password";
    public static final String VIDEO_ID = "display-video-model";
    public static final String APPLY_ID = "display-apply";

    private final DisplayViewModel model;
    private final FactGrid grid = new FactGrid();
    private final TextField listen = new TextField();
    private final PasswordField password = new PasswordField();
    private final ComboBox<String> video = new ComboBox<>();
    private final javafx.beans.property.BooleanProperty vnc = new javafx.beans.property.SimpleBooleanProperty();
    private final Node node;

    public DisplayPage(ShownGuest guest) {
        this(new DisplayViewModel(guest::apply));
    }

    DisplayPage(DisplayViewModel model) {
        this.model = model;
        EditFeedback feedback = model.feedback();
        grid.row("Served as", "display-graphics");
        grid.row("Video card", "display-video");
        listen.setId(LISTEN_ID);
        listen.disableProperty().bind(vnc.not());
        listen.setPromptText("127.0.0.1");
        password.setId(PASSWORD_ID);
        password.setPromptText("unchanged");
        CheckBox remove = new CheckBox("Remove the password");
        remove.setId("display-remove-password");
        password.disableProperty().bind(remove.selectedProperty().or(vnc.not()));
        remove.disableProperty().bind(vnc.not());
        video.setId(VIDEO_ID);
        video.getItems().setAll(GraphicsSettings.VIDEO_MODELS);
        FactGrid change = new FactGrid();
        change.row("VNC listens on", "display-listen-row", new HBox(10, listen, PageLayout.marker("display-pending", model.pendingListenProperty())));
        change.row("VNC password", "display-password-row", new HBox(10, password, remove));
        change.row("Video model", "display-video-row", video);
        node = PageLayout.page(ID, PageLayout.heading("Display"), grid.node(), PageLayout.heading("Change"), change.node(),
                PageLayout.button(APPLY_ID, "Apply", feedback, () -> {
                    model.apply(listen.getText(), password.getText(), remove.isSelected(), video.getValue());
                    password.clear(); // typed once, handed to libvirt, kept nowhere
                }),
                PageLayout.note("The listen address and password are VNC's; a guest without a VNC display has neither. "
                        + "The password is written into the guest's definition only; Summit never stores it. "
                        + "VNC uses its first 8 characters. 0.0.0.0 serves the screen to the whole network."),
                PageLayout.feedback("display", feedback));
    }

    @Override
    public void show(GuestDefinitions definitions) {
        model.show(definitions);
        GraphicsSettings settings = model.settings();
        listen.setText(settings.hasVnc() && settings.listen() != null ? settings.listen() : "");
        vnc.set(settings.hasVnc());
        video.setValue(settings.videoModel());
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
