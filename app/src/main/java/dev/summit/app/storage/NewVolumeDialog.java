package dev.summit.app.storage;

import dev.summit.connectors.storage.NewVolume;
import dev.summit.connectors.storage.VolumeSummary;
import dev.summit.connectors.units.ByteSize;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for a new volume: name, size in GiB, qcow2 or raw, and optionally a backing volume of the pool. */
final class NewVolumeDialog {
    private static final String NO_BACKING = "(none)";

    private NewVolumeDialog() {
    }

    static Optional<NewVolume> ask(Window owner, String pool, List<VolumeSummary> existing) {
        TextField name = new TextField();
        name.setId("storage-volume-name");
        name.setPromptText("data.qcow2");
        TextField size = new TextField("10");
        size.setId("storage-volume-size");
        ChoiceBox<String> format = new ChoiceBox<>();
        format.getItems().setAll("qcow2", "raw");
        format.setValue("qcow2");
        ChoiceBox<String> backing = new ChoiceBox<>();
        backing.getItems().add(NO_BACKING);
        existing.stream().map(VolumeSummary::name).forEach(backing.getItems()::add);
        backing.setValue(NO_BACKING);
        Label problems = new Label();
        problems.getStyleClass().add("problem");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name:"), name);
        grid.addRow(1, new Label("Size (GiB):"), size);
        grid.addRow(2, new Label("Format:"), format);
        grid.addRow(3, new Label("Backing volume:"), backing);
        grid.add(problems, 0, 4, 2, 1);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New Volume in " + pool);
        dialog.setHeaderText("A sparse volume: qcow2 (version 3) or raw; a qcow2 can be an overlay on a backing volume.");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        java.util.function.Supplier<NewVolume> volume = () -> new NewVolume(pool, name.getText().strip(), bytes(size.getText()),
                format.getValue(), NO_BACKING.equals(backing.getValue()) ? null : backing.getValue());
        Runnable check = () -> {
            List<String> found = volume.get().problems();
            problems.setText(String.join("\n", found));
            ok.setDisable(!found.isEmpty());
        };
        name.textProperty().addListener((obs, old, now) -> check.run());
        size.textProperty().addListener((obs, old, now) -> check.run());
        format.valueProperty().addListener((obs, old, now) -> check.run());
        backing.valueProperty().addListener((obs, old, now) -> check.run());
        check.run();
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(b -> volume.get());
    }

    /** GiB as typed; anything that is not a number counts as zero, which the volume refuses. */
    static long bytes(String gib) {
        try {
            double value = Double.parseDouble(gib.strip().replace(',', '.'));
            return value > 0 && value < 1e9 ? Math.round(value * ByteSize.GIB) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
