package dev.summit.app.guest.overview;

import dev.summit.app.guest.ShownGuest;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.ops.GuestAction;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The Overview's state: the facts and graphs of its source, and the autostart switch's action. FX thread only. */
final class OverviewViewModel {
    private final ShownGuest guest;
    private final OverviewSource source;
    private final LongSupplier clock;
    private final ReadOnlyObjectWrapper<OverviewFacts> facts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<GraphData>> graphs = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private String actionProblem = "";

    OverviewViewModel(ShownGuest guest, OverviewSource source, LongSupplier clock) {
        this.guest = guest;
        this.source = source;
        this.clock = clock;
        source.onChange(this::refresh);
        refresh();
    }

    private void refresh() {
        facts.set(source.facts());
        graphs.set(source.graphs());
        problem.set(actionProblem.isEmpty() ? source.problem() : actionProblem);
    }

    /** Reads the guest's details again (the page asks every few seconds while it shows). */
    void reread() {
        source.reread();
    }

    ReadOnlyObjectProperty<OverviewFacts> factsProperty() {
        return facts.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<GraphData>> graphsProperty() {
        return graphs.getReadOnlyProperty();
    }

    /** Why the last change failed, "" when it did not. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    long now() {
        return clock.getAsLong();
    }

    /** Turns autostart on or off; the switch follows the list again once the host has answered. */
    void setAutostart(boolean on) {
        guest.perform(on ? GuestAction.AUTOSTART_ON : GuestAction.AUTOSTART_OFF).whenComplete((done, failure) -> {
            actionProblem = failure == null ? "" : TaskRunner.messageOf(failure);
            refresh();
        });
    }
}
