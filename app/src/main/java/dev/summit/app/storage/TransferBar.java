package dev.summit.app.storage;

import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.units.ByteSize;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * An upload's or download's progress and its Cancel button; hidden when nothing moves. Progress
 * reports come from the host's worker many times a second and reach the FX thread at most ten times
 * a second.
 */
final class TransferBar {
    private static final long EVERY_NANOS = 100_000_000L;

    private final ProgressBar bar = new ProgressBar(0);
    private final Label text = new Label();
    private final Button cancel = new Button("Cancel");
    private final HBox box = new HBox(8, bar, text, cancel);
    private final AtomicLong lastShown = new AtomicLong();
    private String what = "";

    TransferBar() {
        bar.setId("storage-transfer-progress");
        cancel.setId("storage-transfer-cancel");
        bar.setPrefWidth(240);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setVisible(false);
        box.setManaged(false);
    }

    Node node() {
        return box;
    }

    void start(String sentence, CancelSignal signal) {
        what = sentence;
        bar.setProgress(0);
        text.setText(sentence + "…");
        cancel.setOnAction(e -> {
            signal.cancel();
            text.setText("Cancelling…");
        });
        box.setVisible(true);
        box.setManaged(true);
    }

    void stop() {
        box.setVisible(false);
        box.setManaged(false);
    }

    OperationProgress progress() {
        return (fraction, bytes, sentence) -> {
            long now = System.nanoTime();
            long last = lastShown.get();
            if (now - last < EVERY_NANOS || !lastShown.compareAndSet(last, now)) {
                return;
            }
            Platform.runLater(() -> {
                bar.setProgress(fraction);
                text.setText(what + ": " + ByteSize.human(bytes));
            });
        };
    }
}
