package dev.summit.app.guest.details;

import dev.summit.app.guest.ShownGuest;
import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.device.GuestIdentity;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** Identity: the guest's name (changed while it is shut off), its one-line title and its description. */
public final class IdentityPage implements DetailsPage {
    public static final String KEY = "identity";
    public static final String ID = "details-identity";
    public static final String NAME_ID = "identity-name";
    public static final String TITLE_ID = "identity-title";
    public static final String DESCRIPTION_ID = "identity-description";

    private final IdentityViewModel model;
    private final TextField name = new TextField();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Node node;

    public IdentityPage(ShownGuest guest) {
        this(new IdentityViewModel(guest::apply, guest::rename));
    }

    IdentityPage(IdentityViewModel model) {
        this.model = model;
        EditFeedback feedback = model.feedback();
        name.setId(NAME_ID);
        name.disableProperty().bind(model.renamableProperty().not());
        title.setId(TITLE_ID);
        description.setId(DESCRIPTION_ID);
        description.setPrefRowCount(4);
        description.setWrapText(true);
        FactGrid grid = new FactGrid();
        grid.row("Name", "identity-name-row", new HBox(8, name, PageLayout.button("identity-rename", "Rename", feedback,
                () -> model.rename(name.getText()))));
        grid.row("Title", "identity-title-row", title);
        grid.row("Description", "identity-description-row", description);
        node = PageLayout.page(ID, PageLayout.heading("Identity"), grid.node(),
                PageLayout.button("identity-apply", "Apply title and description", feedback,
                        () -> model.applyText(title.getText(), description.getText())),
                PageLayout.note("The name changes only while the guest is shut off. The title is one line the list can show; "
                        + "the description is free text."),
                PageLayout.feedback("identity", feedback));
    }

    @Override
    public void show(GuestDefinitions definitions) {
        model.show(definitions);
        GuestIdentity identity = model.identity();
        name.setText(identity.name());
        title.setText(identity.title() == null ? "" : identity.title());
        description.setText(identity.description() == null ? "" : identity.description());
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String label() {
        return "Identity";
    }

    @Override
    public Node node() {
        return node;
    }
}
