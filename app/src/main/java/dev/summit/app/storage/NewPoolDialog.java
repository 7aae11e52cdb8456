package dev.summit.app.storage;

import dev.summit.connectors.storage.PoolSpec;
import dev.summit.connectors.storage.PoolType;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks for a new pool of any kind: only the fields the chosen type uses are enabled, and the
 * problems {@link PoolSpec#problems()} sees are listed live, with OK disabled until there are none.
 */
final class NewPoolDialog {
    private final ChoiceBox<PoolType> type = new ChoiceBox<>();
    private final TextField name = field("storage-pool-name", "images");
    private final TextField target = field("storage-pool-dir", "/var/lib/libvirt/images2");
    private final TextField sourceHost = field("storage-pool-source-host", "nfs.example.com or 10.0.0.5:3260");
    private final TextField sourcePath = field("storage-pool-source-path", "/srv/nfs/images");
    private final TextField sourceDevice = field("storage-pool-source-dev", "/dev/sdb1 or iqn.2026-01.com.example:disks");
    private final ChoiceBox<String> format = new ChoiceBox<>();
    private final CheckBox autostart = new CheckBox("Start with the host");
    private final Label problems = new Label();

    NewPoolDialog() {
        type.setId("storage-pool-type");
        type.getItems().setAll(PoolType.values());
        type.setValue(PoolType.DIR);
        type.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PoolType t) {
                return t == null ? "" : t.libvirtName() + " — " + t.description();
            }

            @Override
            public PoolType fromString(String text) {
                return PoolType.parse(text.split(" ")[0]).orElse(null);
            }
        });
        format.getItems().setAll("nfs", "glusterfs", "cifs");
        format.setValue("nfs");
        autostart.setSelected(true);
        problems.setId("storage-pool-problems");
        problems.getStyleClass().add("problem");
        problems.setWrapText(true);
        problems.setMaxWidth(460);
    }

    /** The spec as filled in now. */
    PoolSpec spec() {
        PoolType kind = type.getValue();
        return new PoolSpec(name.getText().strip(), kind, text(target), text(sourceHost), text(sourcePath), text(sourceDevice),
                kind == PoolType.NETFS ? format.getValue() : null, autostart.isSelected());
    }

    Optional<PoolSpec> ask(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Type:"), type);
        grid.addRow(1, new Label("Name:"), name);
        grid.addRow(2, new Label("Target on the host:"), target);
        grid.addRow(3, new Label("Source host:"), sourceHost);
        grid.addRow(4, new Label("Source path:"), sourcePath);
        grid.addRow(5, new Label("Source device / IQN:"), sourceDevice);
        grid.addRow(6, new Label("Network format:"), format);
        grid.add(autostart, 1, 7);
        grid.add(problems, 0, 8, 2, 1);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New Storage Pool");
        dialog.setHeaderText("A new pool: Summit checks the target is empty or new, makes what is missing and starts it.");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        Runnable check = () -> {
            PoolType kind = type.getValue();
            target.setDisable(!kind.takesTarget());
            target.setPromptText(kind.defaultTarget("NAME") == null ? "/var/lib/libvirt/images2" : kind.defaultTarget(name.getText()));
            sourceHost.setDisable(!kind.needsSourceHost());
            sourcePath.setDisable(!kind.needsSourcePath());
            sourceDevice.setDisable(!kind.needsSourceDevice() && kind != PoolType.LOGICAL);
            format.setDisable(kind != PoolType.NETFS);
            List<String> found = spec().problems();
            problems.setText(String.join("\n", found));
            ok.setDisable(!found.isEmpty());
        };
        type.valueProperty().addListener((obs, old, now) -> check.run());
        for (TextField field : List.of(name, target, sourceHost, sourcePath, sourceDevice)) {
            field.textProperty().addListener((obs, old, now) -> check.run());
        }
        check.run();
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(b -> spec());
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(28);
        return field;
    }

    private static String text(TextField field) {
        return field.isDisabled() || field.getText().isBlank() ? null : field.getText().strip();
    }
}
