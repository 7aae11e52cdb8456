package dev.summit.app.clone;

import dev.summit.connectors.ops.CloneGuest;
import dev.summit.connectors.ops.CloneMode;
import dev.summit.connectors.units.ByteSize;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/**
 * One row per writable disk of the source, each with how its clones get it: as the dialog's
 * linked/full choice says, or its own (full, linked, shared). CD-ROMs are not listed: always shared.
 */
final class CloneDiskTable {
    /** null in a choice box: follow the dialog's linked/full choice. */
    private static final List<CloneMode> CHOICES = java.util.Arrays.asList(null, CloneMode.FULL, CloneMode.LINKED, CloneMode.SHARE);

    private final GridPane grid = new GridPane();
    private final Map<String, ChoiceBox<CloneMode>> choices = new LinkedHashMap<>();
    private final Label warning = new Label();

    CloneDiskTable() {
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setId("clone-disks");
        warning.setWrapText(true);
        warning.setStyle("-fx-text-fill: #a35c00;");
        warning.setMaxWidth(600);
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());
        grid.add(new Label("Reading the disks…"), 0, 0);
    }

    GridPane node() {
        return grid;
    }

    Label warning() {
        return warning;
    }

    void show(List<CloneGuest.SourceDisk> disks) {
        grid.getChildren().clear();
        choices.clear();
        if (disks.isEmpty()) {
            grid.add(new Label("No writable disk: the clones share the source's media."), 0, 0);
            return;
        }
        int row = 0;
        for (CloneGuest.SourceDisk disk : disks) {
            ChoiceBox<CloneMode> choice = new ChoiceBox<>();
            choice.getItems().setAll(CHOICES);
            choice.setValue(null);
            choice.setConverter(new StringConverter<>() {
                @Override
                public String toString(CloneMode mode) {
                    return mode == null ? "as chosen above" : switch (mode) {
                        case FULL -> "full copy";
                        case LINKED -> "linked";
                        case SHARE -> "shared (same image)";
                    };
                }

                @Override
                public CloneMode fromString(String text) {
                    return null;
                }
            });
            choice.setId("clone-disk-" + disk.target());
            choice.valueProperty().addListener((obs, old, now) -> warn());
            choices.put(disk.target(), choice);
            Label what = new Label(disk.target() + " · " + Path.of(disk.path()).getFileName() + " · " + disk.format() + ", "
                    + ByteSize.human(disk.allocation()) + " of " + ByteSize.human(disk.capacity()));
            what.setMinWidth(Label.USE_PREF_SIZE);
            grid.addRow(row++, what, choice);
        }
    }

    /** The disks whose choice differs from the dialog's. */
    Map<String, CloneMode> perDisk() {
        Map<String, CloneMode> chosen = new LinkedHashMap<>();
        choices.forEach((target, box) -> {
            if (box.getValue() != null) {
                chosen.put(target, box.getValue());
            }
        });
        return chosen;
    }

    private void warn() {
        boolean shared = choices.values().stream().anyMatch(box -> box.getValue() == CloneMode.SHARE);
        warning.setText(shared ? "A shared disk is the same image in both guests: never run them at the same time,"
                + " or the disk is corrupted." : "");
    }
}
