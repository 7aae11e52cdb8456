package dev.summit.app.about;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Window;
import java.util.function.Function;

/** Help → About Summit: the version, what Summit is, and every component shipped with its licence. */
public final class AboutDialog extends Dialog<Void> {
    public static final String ID = "about-dialog";
    public static final String VERSION_ID = "about-version";
    public static final String COMPONENTS_ID = "about-components";
    public static final String LICENCE_ID = "about-licence";

    public AboutDialog(Window owner, ShippedComponents shipped) {
        initOwner(owner);
        setTitle("About Summit");
        getDialogPane().setId(ID);
        Label name = new Label("Summit");
        name.getStyleClass().add("about-name");
        Label version = new Label("Version " + shipped.summitVersion());
        version.setId(VERSION_ID);
        Label what = new Label("Manage KVM and Xen virtual machines on local and remote libvirt hosts.");
        what.setWrapText(true);
        Label licence = new Label("Summit is free software under the " + shipped.summitLicence()
                + " licence (the LICENSE file in its source and package).");
        licence.setId(LICENCE_ID);
        licence.setWrapText(true);
        VBox heading = new VBox(4, name, version, what, licence);
        HBox top = new HBox(16, icon(), heading);
        Label shipsWith = new Label("Summit is built with and ships these components, each under its own licence:");
        shipsWith.setWrapText(true);
        VBox content = new VBox(12, top, shipsWith, table(shipped));
        content.setPadding(new Insets(8, 4, 4, 4));
        content.setPrefWidth(620);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    private static ImageView icon() {
        ImageView view = new ImageView(AppIcons.large());
        view.setFitWidth(64);
        view.setFitHeight(64);
        view.setSmooth(true);
        return view;
    }

    private static TableView<ShippedComponent> table(ShippedComponents shipped) {
        TableView<ShippedComponent> table = new TableView<>();
        table.setId(COMPONENTS_ID);
        table.getColumns().add(column("Component", 170, ShippedComponent::name));
        table.getColumns().add(column("Version", 110, ShippedComponent::version));
        table.getColumns().add(column("Licence", 300, ShippedComponent::licence));
        table.getItems().setAll(shipped.components());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(28 + 25 * shipped.components().size());
        return table;
    }

    private static TableColumn<ShippedComponent, String> column(String title, double width,
                                                                Function<ShippedComponent, String> value) {
        TableColumn<ShippedComponent, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
