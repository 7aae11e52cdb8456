package dev.summit.app.guest.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.guest.overview.GraphData.Scale;
import dev.summit.app.guest.overview.GraphData.Series;
import dev.summit.app.theme.ThemeApplier;
import dev.summit.app.ui.FxWindows;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.GridPane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Overview's graphs drawn from known figures: the newest sample at the right edge, at its height. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MetricGraphUiTest {
    private static final long NOW = 1_000_000_000L;

    private final MetricGraph cpu = new MetricGraph("graph-cpu");
    private final MetricGraph disk = new MetricGraph("graph-disk");
    private final ThemeApplier theme = new ThemeApplier();
    private Scene scene;

    @Start
    void start(Stage stage) {
        GridPane pane = new GridPane();
        pane.setHgap(18);
        pane.add(cpu, 0, 0);
        pane.add(disk, 1, 0);
        cpu.setPrefWidth(300);
        disk.setPrefWidth(300);
        pane.setStyle("-fx-padding: 16; -fx-background-color: -color-bg-default;");
        scene = new Scene(pane, 680, 170);
        theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static long[] times(int count) {
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            times[i] = NOW - (count - 1 - i) * 2000L;
        }
        return times;
    }

    @Test
    void theNewestSampleIsAtTheRightEdgeAtItsShareOfTheAxis() {
        int count = 200;
        double[] load = new double[count];
        double[] reads = new double[count];
        double[] writes = new double[count];
        for (int i = 0; i < count; i++) {
            load[i] = 50 + 40 * Math.sin(i / 12.0);
            reads[i] = 2e6 * (1 + Math.sin(i / 9.0));
            writes[i] = 1e6 * (1 + Math.cos(i / 15.0));
        }
        load[count - 1] = 75;
        WaitForAsyncUtils.asyncFx(() -> {
            cpu.draw(new GraphData("CPU", Scale.PERCENT, times(count), List.of(new Series("in use", load))), NOW);
            disk.draw(new GraphData("Disk", Scale.RATE, times(count),
                    List.of(new Series("read", reads), new Series("write", writes))), NOW);
        });
        WaitForAsyncUtils.waitForFxEvents();

        Node plot = new FxRobot().from(cpu).lookup(".graph-plot").query();
        Path line = new FxRobot().from(cpu).lookup(".graph-line").queryAs(Path.class);
        LineTo last = (LineTo) line.getElements().get(line.getElements().size() - 1);
        Bounds size = plot.getLayoutBounds();
        assertThat(last.getX()).isEqualTo(size.getWidth(), org.assertj.core.data.Offset.offset(0.5));
        double share = (size.getHeight() - 1 - last.getY()) / (size.getHeight() - 6);
        assertThat(share).isEqualTo(0.75, org.assertj.core.data.Offset.offset(0.01));
        assertThat(cpu.legendText()).isEqualTo("in use 75 %");
        assertThat(new FxRobot().from(disk).lookup(".graph-line").queryAll()).hasSize(2);
        FxWindows.screenshot("graphs-light");

        WaitForAsyncUtils.asyncFx(() -> {
            theme.darkProperty().set(true);
            theme.style(scene);
        });
        WaitForAsyncUtils.waitForFxEvents();
        FxWindows.screenshot("graphs-dark");
    }
}
