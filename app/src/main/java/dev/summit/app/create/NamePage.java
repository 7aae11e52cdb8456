package dev.summit.app.create;

import dev.summit.connectors.ops.GuestNames;
import dev.summit.connectors.ops.MountainNames;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The guest's name: a free mountain name to start with, checked against libvirt's rules and the host's guests. */
final class NamePage extends WizardPage {
    static final String NAME_ID = "wizard-name";

    private final Set<String> taken;
    private final TextField name = new TextField();
    private final FlowPane suggestions = new FlowPane(6, 4);

    NamePage(WizardDraft draft, Set<String> taken) {
        super(draft);
        this.taken = taken;
        name.setId(NAME_ID);
        name.setPrefColumnCount(30);
        List<String> free = MountainNames.suggest(taken, 5);
        for (String s : free) {
            Hyperlink link = new Hyperlink(s);
            link.setOnAction(e -> name.setText(s));
            suggestions.getChildren().add(link);
        }
        name.textProperty().addListener((obs, old, now) -> check());
        name.setText(free.isEmpty() ? "" : free.get(0));
        check();
    }

    @Override
    String title() {
        return "Name";
    }

    @Override
    String subtitle() {
        return "The name the guest is listed under on this host; its disk is named after it.";
    }

    @Override
    Node content() {
        return new VBox(10, new Label("Name:"), name, new Label("Free mountain names:"), suggestions);
    }

    private void check() {
        String text = name.getText();
        var problem = GuestNames.problem(text);
        if (problem.isPresent()) {
            setProblem(problem.get());
        } else if (taken.contains(text)) {
            setProblem("A guest named '" + text + "' already exists on this host.");
        } else {
            draft.name = text;
            setProblem("");
        }
    }
}
