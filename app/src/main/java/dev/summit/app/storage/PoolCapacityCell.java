package dev.summit.app.storage;

import dev.summit.app.vmlist.Sizes;
import dev.summit.connectors.storage.PoolSummary;
import dev.summit.connectors.units.ByteSize;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

/** A pool's use as a bar and "free of size", red with a warning when it is more than 90 % full. */
final class PoolCapacityCell extends TableCell<PoolSummary, PoolSummary> {
    static final String BAR = "pool-capacity";
    static final String NEARLY_FULL = "pool-nearly-full";
    static final String NEARLY_FULL_TEXT = "pool-nearly-full-text";

    private final ProgressBar bar = new ProgressBar();
    private final Label text = new Label();
    private final HBox box = new HBox(8, bar, text);

    PoolCapacityCell() {
        bar.getStyleClass().add(BAR);
        bar.setPrefWidth(90);
        bar.setMinWidth(60);
    }

    @Override
    protected void updateItem(PoolSummary pool, boolean empty) {
        super.updateItem(pool, empty);
        if (empty || pool == null) {
            setGraphic(null);
            return;
        }
        if (!pool.active()) {
            bar.setProgress(0);
            text.setText("stopped");
        } else {
            bar.setProgress(pool.usedFraction());
            text.setText(Sizes.percent(pool.usedFraction() * 100) + " used, " + ByteSize.human(pool.available()) + " free of "
                    + ByteSize.human(pool.capacity()) + (pool.nearlyFull() ? " — nearly full" : ""));
        }
        bar.getStyleClass().remove(NEARLY_FULL);
        text.getStyleClass().remove(NEARLY_FULL_TEXT);
        if (pool.active() && pool.nearlyFull()) {
            bar.getStyleClass().add(NEARLY_FULL);
            text.getStyleClass().add(NEARLY_FULL_TEXT);
        }
        setGraphic(box);
    }
}
