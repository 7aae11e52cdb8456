package dev.summit.app.guest.serial;

import com.techsenger.jeditermfx.ui.JediTermFxWidget;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The Serial tab: a terminal (JediTermFX: colours, cursor, scrollback, selection and copy through
 * its context menu and Ctrl+Shift+C, resizing with the window) on the guest's text console, and a
 * line saying what the console is doing. FX thread only.
 */
public final class SerialPane {
    public static final String TERMINAL_ID = "serial-terminal";
    public static final String STATUS_ID = "serial-status";
    public static final String RECONNECT_ID = "serial-reconnect";

    private final SerialViewModel model;
    private final BorderPane root = new BorderPane();
    /** Made when the tab first shows: most windows never open it, and a terminal is not free to build. */
    private JediTermFxWidget terminal;

    public SerialPane(SerialViewModel model) {
        this.model = model;

        Label status = new Label();
        status.setId(STATUS_ID);
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Button reconnect = new Button("Reconnect");
        reconnect.setId(RECONNECT_ID);
        reconnect.visibleProperty().bind(model.canReconnectProperty());
        reconnect.managedProperty().bind(reconnect.visibleProperty());
        reconnect.setOnAction(e -> model.reconnect());
        HBox bar = new HBox(8, status, reconnect);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("serial-bar");
        bar.setMinHeight(Region.USE_PREF_SIZE);
        root.setTop(bar);
    }

    private JediTermFxWidget terminal() {
        if (terminal == null) {
            terminal = new JediTermFxWidget(80, 25, new TerminalSettings());
            terminal.setTtyConnector(model.link());
            terminal.start();
            terminal.getPane().setId(TERMINAL_ID);
            root.setCenter(terminal.getPane());
        }
        return terminal;
    }

    public Node node() {
        return root;
    }

    public SerialViewModel model() {
        return model;
    }

    /** The tab shows: attach, and take the keyboard. */
    public void shown() {
        JediTermFxWidget shown = terminal();
        model.shown();
        shown.getPreferredFocusableNode().requestFocus();
    }

    /** What the terminal shows now (its screen, not the scrollback), for tests and screenshots. */
    public String screenText() {
        return terminal == null ? "" : terminal.getTerminalTextBuffer().getScreenLines();
    }

    /** The lines scrolled off the top, oldest first (the scrollback). */
    public String historyText() {
        return terminal == null ? "" : terminal.getTerminalTextBuffer().getHistoryBuffer().getLines();
    }

    public void close() {
        model.close();
        if (terminal != null) {
            terminal.close();
        }
    }
}
