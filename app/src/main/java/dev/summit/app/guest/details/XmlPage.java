package dev.summit.app.guest.details;

import dev.summit.app.guest.ShownGuest;
import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** XML: the whole definition the next boot uses, editable; the changes reviewed as a diff, then defined. */
public final class XmlPage implements DetailsPage {
    public static final String KEY = "xml";
    public static final String ID = "details-xml";
    public static final String TEXT_ID = "details-xml-text";
    public static final String DIFF_ID = "xml-diff";
    public static final String REVIEW_ID = "xml-review";
    public static final String APPLY_ID = "xml-apply";
    public static final String REVERT_ID = "xml-revert";
    public static final String OUTCOME_ID = "xml-outcome";
    public static final String PROBLEM_ID = "xml-problem";

    private final XmlViewModel model;
    private final Node node;

    public XmlPage(ShownGuest guest) {
        this(new XmlViewModel(guest::apply));
    }

    XmlPage(XmlViewModel model) {
        this.model = model;
        EditFeedback feedback = model.feedback();
        TextArea text = new TextArea();
        text.setId(TEXT_ID);
        text.getStyleClass().add("xml-text");
        text.textProperty().bindBidirectional(model.textProperty());
        TextArea diff = new TextArea();
        diff.setId(DIFF_ID);
        diff.setEditable(false);
        diff.getStyleClass().addAll("xml-text", "xml-diff");
        diff.textProperty().bind(model.diffProperty());
        diff.managedProperty().bind(model.diffProperty().isNotEmpty());
        diff.visibleProperty().bind(diff.managedProperty());
        diff.setPrefRowCount(10);
        VBox.setVgrow(text, Priority.ALWAYS);
        HBox buttons = new HBox(8, PageLayout.button(REVIEW_ID, "Review changes", feedback, model::review),
                PageLayout.button(APPLY_ID, "Apply", feedback, model::apply),
                PageLayout.button(REVERT_ID, "Revert", feedback, model::revert));
        VBox column = new VBox(10, PageLayout.heading("XML"), text, buttons, PageLayout.feedback("xml", feedback), diff,
                PageLayout.note("Applying defines the edited XML after libvirt's schema check; it takes effect at next boot. "
                        + "Secrets (a VNC password) are not shown here; give them again if you edit them."));
        column.getStyleClass().add("details-page");
        column.setPadding(new Insets(14, 18, 14, 18));
        BorderPane pane = new BorderPane(column);
        pane.setId(ID);
        node = pane;
    }

    @Override
    public void show(GuestDefinitions definitions) {
        model.show(definitions);
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
