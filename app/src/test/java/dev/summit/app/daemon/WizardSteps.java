package dev.summit.app.daemon;

import static dev.summit.app.ui.FxWindows.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.storage.PoolSummary;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The New Virtual Machine wizard's pages as a user goes through them, for the daemon tests that walk it. */
final class WizardSteps {
    private final FxRobot robot;

    WizardSteps(FxRobot robot) {
        this.robot = robot;
    }

    void type(String id, String value) {
        onFx(() -> {
            Node node = robot.lookup(id).query();
            TextInputControl field = node instanceof Spinner<?> s ? s.getEditor() : (TextInputControl) node;
            field.setText(value);
            return null;
        });
    }

    String problem() {
        return onFx(() -> robot.lookup("#wizard-problem").queryAs(Label.class).getText());
    }

    void awaitNoProblem() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> problem().isEmpty());
    }

    void next() {
        robot.clickOn("#wizard-next");
    }

    /** The Memory and CPUs page, then Next. */
    void resources(int memoryMiB, int vcpus) throws Exception {
        type("#wizard-memory", String.valueOf(memoryMiB));
        type("#wizard-vcpus", String.valueOf(vcpus));
        awaitNoProblem();
        next();
    }

    void choosePool(String name) {
        onFx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<PoolSummary> pools = robot.lookup("#wizard-pool").queryAs(ComboBox.class);
            pools.setValue(pools.getItems().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow());
            return null;
        });
    }

    /** The Network page with no network, then Next. */
    void noNetwork() throws Exception {
        robot.clickOn("#wizard-no-network");
        awaitNoProblem();
        next();
    }

    /** From the name page: on to the summary, wait for the host's check to pass, Finish. */
    void finish() throws Exception {
        next();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#wizard-finish").query().isVisible())
                && !problem().startsWith("Checking"));
        assertThat(problem()).isEmpty();
        robot.clickOn("#wizard-finish");
    }
}
