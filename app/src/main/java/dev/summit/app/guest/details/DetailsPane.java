package dev.summit.app.guest.details;

import dev.summit.app.guest.ShownGuest;
import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The Details tab: the guest's pages listed on the left, the chosen one on the right. The list is
 * made from the definition each time it is read (a disk added is a page more), keeping the page
 * chosen while its device exists. Nothing is read until the tab is first shown.
 */
public final class DetailsPane {
    public static final String LIST_ID = "details-pages";
    public static final String PROBLEM_ID = "details-problem";

    private final ShownGuest guest;
    private final ListView<DetailsPage> list = new ListView<>();
    private final StackPane shown = new StackPane();
    private final Label problem = new Label();
    private final BorderPane root = new BorderPane();
    private final Map<String, DetailsPage> pages = new LinkedHashMap<>();
    /** The definitions each page was last filled from (identity: a re-read is a new object). */
    private final Map<DetailsPage, GuestDefinitions> filledFrom = new java.util.IdentityHashMap<>();
    private GuestDefinitions latest;

    public DetailsPane(ShownGuest guest) {
        this.guest = guest;
        list.setId(LIST_ID);
        list.getStyleClass().add("details-list");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(DetailsPage page, boolean empty) {
                super.updateItem(page, empty);
                setText(empty || page == null ? null : page.label());
                setId(empty || page == null ? null : "page-" + page.key().replace(':', '-'));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, page) -> {
            if (page != null) {
                showLatest(page);
                shown.getChildren().setAll(page.node());
            }
        });
        problem.setId(PROBLEM_ID);
        problem.getStyleClass().addAll("problem", "details-problem");
        problem.textProperty().bind(guest.readProblemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        SplitPane split = new SplitPane(list, shown);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(list, false);
        list.setMinWidth(150);
        root.setTop(problem);
        root.setCenter(split);
        root.getStyleClass().add("details-pane");
        guest.definitionsProperty().addListener((obs, old, now) -> refresh(now));
        refresh(null);
        list.getSelectionModel().selectFirst();
    }

    public Node node() {
        return root;
    }

    /** The tab was chosen: from now on the definitions are read and kept current. */
    public void shown() {
        guest.watchDefinitions();
    }

    /** Chooses a page by key ("memory", "disk:vda"); false when there is none. */
    public boolean select(String key) {
        DetailsPage page = pages.get(key);
        if (page != null) {
            list.getSelectionModel().select(page);
        }
        return page != null;
    }

    /** The page shown now, for tests. */
    public DetailsPage selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    private void refresh(GuestDefinitions definitions) {
        DetailsPage chosen = list.getSelectionModel().getSelectedItem();
        List<DetailsPage> next = new ArrayList<>();
        Map<String, DetailsPage> kept = new LinkedHashMap<>();
        for (HardwareList.Entry entry : HardwareList.entries(definitions == null ? null : definitions.persistent(), guest)) {
            DetailsPage page = pages.containsKey(entry.key()) ? pages.get(entry.key()) : entry.page().get();
            kept.put(entry.key(), page);
            next.add(page);
        }
        pages.clear();
        pages.putAll(kept);
        if (!next.equals(list.getItems())) {
            list.getItems().setAll(next);
        }
        latest = definitions;
        DetailsPage again = chosen == null ? null : pages.get(chosen.key());
        DetailsPage selecting = again != null ? again : next.get(0);
        if (selecting == list.getSelectionModel().getSelectedItem()) {
            showLatest(selecting); // selecting it again fires no change
        }
        list.getSelectionModel().select(selecting);
    }

    /**
     * Fills a page from the newest definitions the first time it is looked at after they came:
     * a guest of thirty devices has thirty pages, and only the one on screen needs filling.
     */
    private void showLatest(DetailsPage page) {
        if (latest != null && filledFrom.get(page) != latest) {
            page.show(latest);
            filledFrom.put(page, latest);
        }
    }
}
