package dev.summit.app.create;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;

/**
 * One step of the wizard. Its problem is the one sentence shown under the page; while it is not
 * empty, Next (or Finish) stays disabled.
 */
abstract class WizardPage {
    private final StringProperty problem = new SimpleStringProperty("");
    final WizardDraft draft;

    WizardPage(WizardDraft draft) {
        this.draft = draft;
    }

    abstract String title();

    /** A line under the title saying what this page decides. */
    abstract String subtitle();

    abstract Node content();

    /** False when the source chosen makes this page's choice for it (a template brings its disks, network, firmware). */
    boolean applies() {
        return true;
    }

    /** Called each time the page is shown, after the earlier pages wrote their choices into the draft. */
    void entered() {
    }

    final ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    protected final void setProblem(String sentence) {
        problem.set(sentence == null ? "" : sentence);
    }
}
