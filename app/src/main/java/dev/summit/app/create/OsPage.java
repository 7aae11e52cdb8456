package dev.summit.app.create;

import dev.summit.connectors.osinfo.OsEntry;
import dev.summit.connectors.osinfo.OsInfoDb;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The guest's OS: the one detected from the ISO, or one picked from osinfo-db's list; generic always there. */
final class OsPage extends WizardPage {
    static final String SEARCH_ID = "wizard-os-search";
    static final String LIST_ID = "wizard-os-list";

    private final CompletableFuture<OsInfoDb> osinfo;
    private final TextField search = new TextField();
    private final ListView<OsEntry> list = new ListView<>();
    private final Label state = new Label();

    OsPage(WizardDraft draft, CompletableFuture<OsInfoDb> osinfo) {
        super(draft);
        this.osinfo = osinfo;
        search.setId(SEARCH_ID);
        search.setPromptText("Search operating systems (e.g. debian 12, windows, fedora)");
        list.setId(LIST_ID);
        list.setPrefHeight(260);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(OsEntry os, boolean empty) {
                super.updateItem(os, empty);
                setText(empty || os == null ? null : os.name() + (os.isGeneric() ? "" : "   (" + os.shortId() + ")"));
            }
        });
        search.textProperty().addListener((obs, old, now) -> filter(now));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                draft.os = now;
            }
            setProblem(now == null ? "Choose an operating system, or Generic when it is not listed." : "");
        });
        setProblem("Choose an operating system, or Generic when it is not listed.");
    }

    @Override
    boolean applies() {
        return draft.template == null;
    }

    @Override
    String title() {
        return "Operating system";
    }

    @Override
    String subtitle() {
        return "The OS decides the recommended memory, disk and whether virtio devices are used.";
    }

    @Override
    Node content() {
        return new VBox(10, state, search, list);
    }

    @Override
    void entered() {
        state.setText(draft.importDisk != null ? "A disk image says nothing about its OS: choose the one installed on it, or keep Generic."
                : draft.osDetected ? "Detected from the ISO: " + draft.os.name() + ". Change it below if it is wrong."
                : "The ISO's volume id \"" + draft.isoVolumeId + "\" is not in osinfo-db: search for the OS or keep Generic.");
        search.setText(draft.osDetected ? "" : search.getText());
        filter(search.getText());
    }

    private void filter(String text) {
        OsEntry keep = draft.os;
        osinfo.thenAccept(db -> Platform.runLater(() -> {
            var found = db.search(text == null ? "" : text.trim());
            list.getItems().setAll(found);
            if (keep != null && !found.contains(keep) && (text == null || text.isBlank())) {
                list.getItems().add(0, keep);
            }
            if (keep != null && list.getItems().contains(keep)) {
                list.getSelectionModel().select(keep);
                list.scrollTo(keep);
            }
        }));
    }
}
