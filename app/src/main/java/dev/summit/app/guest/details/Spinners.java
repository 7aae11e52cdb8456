package dev.summit.app.guest.details;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;

/** The editable number fields the pages share; what is typed is read from the editor and checked by the view-model. */
final class Spinners {
    private Spinners() {
    }

    static Spinner<Integer> count(String id, int min, int max) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, min));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        return spinner;
    }
}
