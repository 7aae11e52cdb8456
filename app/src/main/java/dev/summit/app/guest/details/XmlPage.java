package dev.summit.app.guest.details;

import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** XML: the whole definition the next boot uses, as libvirt keeps it (without secrets). Read only for now. */
public final class XmlPage implements DetailsPage {
    public static final String KEY = "xml";
    public static final String ID = "details-xml";
    public static final String TEXT_ID = "details-xml-text";

    private final TextArea text = new TextArea();
    private final Node node;

    public XmlPage() {
        text.setId(TEXT_ID);
        text.setEditable(false);
        text.getStyleClass().add("xml-text");
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox column = new VBox(10, PageLayout.heading("XML"), text);
        column.getStyleClass().add("details-page");
        column.setPadding(new javafx.geometry.Insets(14, 18, 14, 18));
        BorderPane pane = new BorderPane(column);
        pane.setId(ID);
        node = pane;
    }

    @Override
    public void show(GuestDefinitions definitions) {
        // The serializer indents around libvirt's own whitespace, which leaves empty lines between elements.
        text.setText(definitions.persistent().serialize().replaceAll("(?m)^[ \t]*\r?\n", ""));
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String label() {
        return "XML";
    }

    @Override
    public Node node() {
        return node;
    }
}
