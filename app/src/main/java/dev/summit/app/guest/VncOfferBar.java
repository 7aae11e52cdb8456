package dev.summit.app.guest;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The line over the console that explains a SPICE-only guest and holds the one-click fix. */
public final class VncOfferBar {
    public static final String ID = "console-vnc-offer";
    public static final String MESSAGE_ID = "console-vnc-offer-message";
    public static final String ADD_ID = "console-add-vnc";

    private final HBox root;

    public VncOfferBar(VncOffer offer) {
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(offer.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        Button add = new Button("Add VNC Display");
        add.setId(ADD_ID);
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.visibleProperty().bind(offer.offeredProperty());
        add.managedProperty().bind(add.visibleProperty());
        add.setOnAction(e -> offer.addVnc());
        root = new HBox(8, message, add);
        root.setId(ID);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(6, 8, 6, 8));
        root.getStyleClass().add("console-notice");
        root.visibleProperty().bind(offer.messageProperty().isNotEmpty());
        root.managedProperty().bind(root.visibleProperty());
    }

    public Node node() {
        return root;
    }
}
