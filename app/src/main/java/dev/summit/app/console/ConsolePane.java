package dev.summit.app.console;

import dev.summit.app.console.ConsoleConnector.OpenedConsole;
import dev.summit.console.fx.ConsoleView;
import dev.summit.console.fx.KeyChord;
import dev.summit.console.fx.ScaleMode;
import dev.summit.console.fx.SendKeys;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * One guest's screen as the Console tab of its window: toolbar, the screen, and a status line
 * beneath it. The window owns the stage; this pane asks its scene for it when it needs one.
 */
public final class ConsolePane {
    public static final String VIEW_ID = "console-view";
    public static final String STATUS_LINE_ID = "console-status-line";
    public static final String FIT_ID = "console-fit";
    public static final String ONE_TO_ONE_ID = "console-one-to-one";
    public static final String SEND_KEY_ID = "console-send-key";
    public static final String CLIPBOARD_ID = "console-share-clipboard";
    public static final String RESIZE_GUEST_ID = "console-resize-guest";

    private final BorderPane root;
    private final ConsoleView view = new ConsoleView();
    private final ConsoleSession session;
    private final Label statusLine = new Label();
    private final ConsoleStatusLine rates = new ConsoleStatusLine();
    private final CheckBox shareClipboard = new CheckBox("Share clipboard");
    private final CheckBox resizeGuest = new CheckBox("Resize guest to window");
    private final GuestScreenFollower follower;
    /** The guest's last clipboard text, so focusing the window does not send it straight back. */
    private String fromGuest;
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> refreshStatusLine()));
    private final Consumer<String> report;
    /** The bar of buttons above the screen (a notice may stand under it). */
    private final ToolBar bar;

    /**
     * @param report where a one-sentence failure goes (the main window's message bar)
     */
    public ConsolePane(ConsoleSession.Factory sessions, Consumer<String> report) {
        this.report = report;
        this.session = sessions.create(view);
        this.follower = new GuestScreenFollower(view, session.currentProperty());
        session.onGuestClipboard(this::receiveClipboard);
        view.setId(VIEW_ID);
        root = new BorderPane(view);
        bar = toolBar();
        root.setTop(bar);
        statusLine.setId(STATUS_LINE_ID);
        statusLine.setPadding(new Insets(3, 8, 3, 8));
        root.setBottom(statusLine);
        root.getStyleClass().add("console-window");
        session.currentProperty().addListener((obs, old, now) -> {
            rates.reset();
            refreshStatusLine();
        });
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    /** Joins the window: F11 toggles full screen, and focusing the window sends the clipboard (when shared). */
    public void attachTo(Stage stage) {
        stage.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.F11), this::toggleFullScreen);
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                sendClipboard();
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> ticker.play());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> close());
    }

    public Node node() {
        return root;
    }

    /** A notice between the toolbar and the screen (e.g. why a guest's screen cannot show, and the fix). */
    public void showAbove(Node notice) {
        root.setTop(new javafx.scene.layout.VBox(root.getTop(), notice));
    }

    public ConsoleSession session() {
        return session;
    }

    public ConsoleView view() {
        return view;
    }

    /**
     * A guest action from another feature (Backup…), placed after Screenshot…: the Console tab's
     * bar is the one the guest window always shows.
     */
    public void addAction(javafx.scene.Node action) {
        int spacer = bar.getItems().size() - 2;
        bar.getItems().add(spacer, action);
    }

    private ToolBar toolBar() {
        ToggleGroup scaling = new ToggleGroup();
        ToggleButton fit = new ToggleButton("Fit");
        fit.setId(FIT_ID);
        fit.setTooltip(new Tooltip("Scale the screen to the window"));
        ToggleButton actual = new ToggleButton("1:1");
        actual.setId(ONE_TO_ONE_ID);
        actual.setTooltip(new Tooltip("One guest pixel per screen pixel, with scrollbars"));
        fit.setToggleGroup(scaling);
        actual.setToggleGroup(scaling);
        scaling.selectToggle(view.getScaleMode() == ScaleMode.FIT ? fit : actual);
        view.scaleModeProperty().addListener((obs, old, mode) -> scaling.selectToggle(mode == ScaleMode.FIT ? fit : actual));
        scaling.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                scaling.selectToggle(old); // one of the two is always chosen
            } else {
                view.setScaleMode(now == fit ? ScaleMode.FIT : ScaleMode.ONE_TO_ONE);
            }
        });
        Button fullScreen = new Button("Full Screen");
        fullScreen.setTooltip(new Tooltip("Full screen (F11); Ctrl+Alt releases the keyboard, then Esc leaves"));
        fullScreen.setOnAction(e -> toggleFullScreen());
        MenuButton sendKey = new MenuButton("Send Key");
        sendKey.setId(SEND_KEY_ID);
        for (KeyChord chord : SendKeys.all()) {
            MenuItem item = new MenuItem(chord.label());
            item.setOnAction(e -> view.send(chord));
            sendKey.getItems().add(item);
        }
        sendKey.disableProperty().bind(view.liveProperty().not());
        Button screenshot = new Button("Screenshot…");
        screenshot.setOnAction(e -> saveScreenshot());
        shareClipboard.setId(CLIPBOARD_ID);
        shareClipboard.setTooltip(new Tooltip("Text copied on this computer goes to the guest and text copied in the"
                + " guest comes here (off: nothing crosses)"));
        shareClipboard.selectedProperty().addListener((obs, was, on) -> sendClipboard());
        resizeGuest.setId(RESIZE_GUEST_ID);
        resizeGuest.setTooltip(new Tooltip("Ask the guest to make its screen the window's size (where its display allows it)"));
        follower.enabledProperty().bind(resizeGuest.selectedProperty());
        resizeGuest.disableProperty().bind(follower.possibleProperty().not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(fit, actual, fullScreen, sendKey, screenshot, spacer, resizeGuest, shareClipboard);
    }

    private Stage stage() {
        return (Stage) root.getScene().getWindow();
    }

    private void toggleFullScreen() {
        Stage stage = stage();
        view.setFullScreen(stage, !stage.isFullScreen());
    }

    /** Host → guest only, and only when the user turned it on. */
    private void sendClipboard() {
        OpenedConsole open = session.currentProperty().get();
        if (open != null && shareClipboard.isSelected() && Clipboard.getSystemClipboard().hasString()) {
            String text = Clipboard.getSystemClipboard().getString();
            if (!text.equals(fromGuest)) {
                open.client().clipboard(text);
            }
        }
    }

    /** Guest → this computer, only when the user turned sharing on. */
    private void receiveClipboard(String text) {
        if (shareClipboard.isSelected()) {
            fromGuest = text;
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private void saveScreenshot() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save Screenshot");
        Stage stage = stage();
        chooser.setInitialFileName(stage.getTitle().replaceAll("[^\\w.-]+", "-") + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            Path target = file.toPath();
            view.saveScreenshot(target).whenComplete((path, failure) -> {
                if (failure != null) {
                    Platform.runLater(() -> report.accept("Could not save the screenshot: "
                            + (failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage())));
                }
            });
        }
    }

    private void refreshStatusLine() {
        follower.tick();
        OpenedConsole open = session.currentProperty().get();
        if (open == null) {
            statusLine.setText(view.getStatusText().isEmpty() ? "Not connected" : view.getStatusText());
        } else {
            statusLine.setText(rates.describe(open.channel().description(), open.client().statistics(), System.nanoTime()));
        }
    }

    private void close() {
        ticker.stop();
        session.close();
    }
}
