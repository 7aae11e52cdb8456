package dev.summit.app.tasks.log;

import dev.summit.app.SummitServices;
import dev.summit.app.store.PreferenceRepository;
import java.util.concurrent.RejectedExecutionException;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the Tasks pane under the guest list, its View menu item and its status-line toggle, and
 * remembers whether it shows and how high it is (preferences, read and written off the FX thread).
 */
public final class TasksFeature {
    private static final Logger LOG = LoggerFactory.getLogger(TasksFeature.class);
    public static final String MENU_ID = "menu-view-tasks";
    public static final String TOGGLE_ID = "tasks-toggle";
    static final String SHOWN_KEY = "tasks.paneShown";
    static final String HEIGHT_KEY = "tasks.paneHeight";

    private final TasksViewModel model;
    /** Made after the window's first frame; null until then. */
    private TasksPane pane;
    private final Timeline rereading;

    private TasksFeature(TasksViewModel model, Timeline rereading) {
        this.model = model;
        this.rereading = rereading;
    }

    public TasksViewModel model() {
        return model;
    }

    /** Stops reading the history; the window is closing. Animations stop on the FX thread. */
    public void close() {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(this::close);
            return;
        }
        rereading.stop();
        if (pane != null) {
            pane.stop();
        }
    }

    /** Call before the window shows; the history is read once it is up. */
    public static TasksFeature install(SummitServices services) {
        TasksViewModel model = new TasksViewModel(services.store().history(), services.tasks(), services.background(),
                Platform::runLater);
        // The dock holds its place (and divider) from the first frame; the table in it, a second
        // table with its skins, styles and cells, comes right after that frame.
        StackPane holder = new StackPane();
        TasksDock dock = new TasksDock(holder);
        services.window().wrapGuestList(dock::withGuestList);

        CheckMenuItem menuItem = new CheckMenuItem("Tasks");
        menuItem.setId(MENU_ID);
        menuItem.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        menuItem.selectedProperty().bindBidirectional(dock.shownProperty());
        services.window().addToViewMenu(menuItem);

        ToggleButton toggle = new ToggleButton();
        toggle.setId(TOGGLE_ID);
        toggle.getStyleClass().add("flat");
        toggle.selectedProperty().bindBidirectional(dock.shownProperty());
        toggle.textProperty().bind(model.runningCountProperty().asString().map(n -> n.equals("0") ? "Tasks" : "Tasks (" + n + " running)"));
        services.window().addStatusItem(toggle);

        remember(dock, services.store().preferences(), services);
        model.reload();
        // Operations that `summit` verbs or another window run are seen by reading the history again.
        Timeline rereading = new Timeline(new KeyFrame(Duration.seconds(5), e -> model.reload()));
        rereading.setCycleCount(Animation.INDEFINITE);
        dock.shownProperty().addListener((obs, was, now) -> {
            if (now) {
                model.reload();
                rereading.play();
            } else {
                rereading.stop();
            }
        });
        rereading.play();
        TasksFeature feature = new TasksFeature(model, rereading);
        services.window().afterFirstFrame(() -> {
            feature.pane = new TasksPane(model);
            holder.getChildren().setAll(feature.pane.node());
        });
        return feature;
    }

    private static void remember(TasksDock dock, PreferenceRepository preferences, SummitServices services) {
        services.background().execute(() -> {
            boolean shown = preferences.getBoolean(SHOWN_KEY, true);
            int height = preferences.getInt(HEIGHT_KEY, (int) TasksDock.DEFAULT_HEIGHT);
            Platform.runLater(() -> {
                dock.restore(shown, Math.max(60, height));
                dock.shownProperty().addListener((obs, was, now) ->
                        save(services, () -> preferences.putBoolean(SHOWN_KEY, now)));
                // A drag moves the divider through many heights: keep the one it stops at.
                PauseTransition settle = new PauseTransition(Duration.millis(600));
                settle.setOnFinished(e -> {
                    int pixels = (int) dock.heightProperty().get();
                    save(services, () -> preferences.putInt(HEIGHT_KEY, pixels));
                });
                dock.heightProperty().addListener((obs, old, now) -> settle.playFromStart());
            });
        });
    }

    /** A change made as the window closes comes after the background thread stopped: it is not kept. */
    private static void save(SummitServices services, Runnable write) {
        try {
            services.background().execute(write);
        } catch (RejectedExecutionException closing) {
            LOG.debug("the window closed before the Tasks pane's layout was saved");
        }
    }
}
