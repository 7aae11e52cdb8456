package dev.summit.app.create;

import dev.summit.app.clone.DisplayPasswordChoice;
import dev.summit.connectors.ops.GuestNames;
import dev.summit.connectors.ops.MountainNames;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The guest's name: a free mountain name to start with, checked against libvirt's rules and the host's
 * guests. A guest made from a template also gets its VNC password here: its own or none, never the template's.
 */
final class NamePage extends WizardPage {
    static final String NAME_ID = "wizard-name";

    private final Set<String> taken;
    private final TextField name = new TextField();
    private final FlowPane suggestions = new FlowPane(6, 4);
    private final DisplayPasswordChoice password = new DisplayPasswordChoice();
    private final VBox passwordRow = new VBox(6, new Label("VNC password:"), password.node());
    private Function<String, CompletableFuture<Boolean>> passwordOf = uuid -> CompletableFuture.completedFuture(false);
    private String readFor;

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
        password.onChange(this::check);
        passwordRow.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        check();
    }

    /** How the page learns whether a template has a display password (on the host's worker, never the FX thread). */
    NamePage readingPasswordsWith(Function<String, CompletableFuture<Boolean>> reader) {
        this.passwordOf = reader;
        return this;
    }

    @Override
    void entered() {
        boolean fromTemplate = draft.template != null;
        passwordRow.setVisible(fromTemplate);
        passwordRow.setManaged(fromTemplate);
        if (fromTemplate && !draft.template.uuid().equals(readFor)) {
            readFor = draft.template.uuid();
            String template = draft.template.name();
            passwordOf.apply(readFor).whenComplete((has, failure) -> Platform.runLater(() -> {
                if (failure == null) {
                    password.sourceRead(template, has);
                }
                check();
            }));
        }
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
        return new VBox(10, new Label("Name:"), name, new Label("Free mountain names:"), suggestions, passwordRow);
    }

    private void check() {
        String text = name.getText();
        var problem = GuestNames.problem(text);
        if (problem.isPresent()) {
            setProblem(problem.get());
        } else if (taken.contains(text)) {
            setProblem("A guest named '" + text + "' already exists on this host.");
        } else if (draft.template != null && password.problem().isPresent()) {
            setProblem(password.problem().get());
        } else {
            draft.name = text;
            draft.displayPassword = password.choice();
            setProblem("");
        }
    }
}
