package dev.summit.app.vmlist;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * One sentence above the list (what failed and why) that pushes the list down instead of covering
 * its headings, until the user dismisses it or a newer message replaces it.
 */
final class MessageBar extends HBox {
    static final String TEXT_ID = "message";

    private final Label text = new Label();

    MessageBar() {
        text.setId(TEXT_ID);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("✕");
        close.setId("dismiss-message");
        close.getStyleClass().add("dismiss");
        close.setOnAction(e -> hideMessage());
        getChildren().addAll(text, close);
        getStyleClass().add("message-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        hideMessage();
    }

    void show(String message) {
        text.setText(message);
        setVisible(true);
        setManaged(true);
    }

    void hideMessage() {
        text.setText("");
        setVisible(false);
        setManaged(false);
    }
}
