package dev.summit.app.migrate;

import dev.summit.connectors.units.ByteSize;
import dev.summit.app.tasks.TaskLabel;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.migrate.GuestsInMigration;
import dev.summit.connectors.migrate.JobFigures;
import dev.summit.connectors.migrate.Migration;
import dev.summit.connectors.migrate.MigrationLimits;
import dev.summit.connectors.migrate.MigrationMode;
import dev.summit.connectors.migrate.MigrationOption;
import dev.summit.connectors.migrate.MigrationOutcome;
import dev.summit.connectors.migrate.MigrationRequest;
import dev.summit.connectors.migrate.PrecheckLine;
import dev.summit.connectors.migrate.StorageCopy;
import dev.summit.connectors.ops.CancelSignal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Migrate dialog's state: the admin's choices, the precheck grid, the running job's figures and
 * the outcome. Prechecks and the migration run on {@code work} (never the FX thread); results come
 * back through {@code fx}. The same {@link Migration} class the CLI uses does the work.
 */
public final class MigrateViewModel {
    public enum Phase { CHOOSING, CHECKING, MOVING, DONE }

    private final String sourceUri;
    private final String guestUuid;
    private final String guestName;
    private final GuestsInMigration inFlight;
    private final TaskRunner tasks;
    private final Executor work;
    private final Executor fx;

    final StringProperty destination = new SimpleStringProperty();
    final ObjectProperty<MigrationMode> mode = new SimpleObjectProperty<>(MigrationMode.LIVE);
    final ObjectProperty<StorageCopy> storage = new SimpleObjectProperty<>(StorageCopy.SHARED);
    final BooleanProperty keepSource = new SimpleBooleanProperty(false);
    final BooleanProperty persistent = new SimpleBooleanProperty(true);
    final BooleanProperty keepPaused = new SimpleBooleanProperty(false);
    final LongProperty bandwidth = new SimpleLongProperty(0);
    final LongProperty maxDowntime = new SimpleLongProperty(0);
    final BooleanProperty autoConverge = new SimpleBooleanProperty(false);
    final BooleanProperty postCopy = new SimpleBooleanProperty(false);
    final BooleanProperty compressed = new SimpleBooleanProperty(false);
    final BooleanProperty peerToPeer = new SimpleBooleanProperty(false);
    final BooleanProperty tunnelled = new SimpleBooleanProperty(false);
    final BooleanProperty override = new SimpleBooleanProperty(false);

    final ObservableList<PrecheckLine> lines = FXCollections.observableArrayList();
    final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.CHOOSING);
    final ObjectProperty<JobFigures> figures = new SimpleObjectProperty<>();
    final ObjectProperty<MigrationOutcome> outcome = new SimpleObjectProperty<>();
    final StringProperty message = new SimpleStringProperty("");

    private CancelSignal cancel = new CancelSignal();
    private long checkGeneration;

    public MigrateViewModel(String sourceUri, String guestUuid, String guestName, GuestsInMigration inFlight,
                            TaskRunner tasks, Executor work, Executor fx) {
        this.sourceUri = sourceUri;
        this.guestUuid = guestUuid;
        this.guestName = guestName;
        this.inFlight = inFlight;
        this.tasks = tasks;
        this.work = work;
        this.fx = fx;
    }

    public String guestName() {
        return guestName;
    }

    public String sourceUri() {
        return sourceUri;
    }

    MigrationRequest request() {
        return MigrationRequest.live(sourceUri, guestUuid, destination.get()).withMode(mode.get()).withStorage(storage.get())
                .with(MigrationOption.KEEP_SOURCE, keepSource.get()).with(MigrationOption.PERSISTENT, persistent.get())
                .with(MigrationOption.KEEP_PAUSED, keepPaused.get()).with(MigrationOption.AUTO_CONVERGE, autoConverge.get())
                .with(MigrationOption.POST_COPY, postCopy.get()).with(MigrationOption.COMPRESSED, compressed.get())
                .with(MigrationOption.PEER_TO_PEER, peerToPeer.get() || tunnelled.get())
                .with(MigrationOption.TUNNELLED, tunnelled.get()).with(MigrationOption.UNSAFE, override.get())
                .withLimits(new MigrationLimits(bandwidth.get(), maxDowntime.get()));
    }

    /** Any red line the admin may not (or did not) override. */
    BooleanBinding blocked() {
        return Bindings.createBooleanBinding(() -> destination.get() == null || lines.isEmpty()
                || lines.stream().anyMatch(line -> line.blocks(override.get())), lines, override, destination);
    }

    boolean anyOverridable() {
        return lines.stream().anyMatch(line -> line.blocks(false) && line.overridable());
    }

    /** Runs the precheck for the current choices; an older answer arriving late is dropped. */
    public void check() {
        if (destination.get() == null) {
            return;
        }
        long generation = ++checkGeneration;
        phase.set(Phase.CHECKING);
        Migration migration = new Migration(request(), inFlight);
        CompletableFuture.supplyAsync(migration::precheck, work).whenCompleteAsync((found, failure) -> {
            if (generation != checkGeneration || phase.get() == Phase.MOVING) {
                return;
            }
            phase.set(Phase.CHOOSING);
            if (failure != null) {
                lines.clear();
                message.set(TaskRunner.messageOf(failure));
            } else {
                lines.setAll(found);
                message.set(found.stream().anyMatch(line -> line.blocks(false))
                        ? "Red lines must be fixed before the guest can move." : "Ready to move " + guestName + ".");
            }
        }, fx);
    }

    /** Starts the move; figures and the outcome arrive on the FX thread. */
    public CompletableFuture<MigrationOutcome> start() {
        cancel = new CancelSignal();
        CancelSignal mine = cancel;
        Migration migration = new Migration(request(), inFlight);
        phase.set(Phase.MOVING);
        message.set("Moving " + guestName + "…");
        // The outcome's message carries the figures already: the pane's reading says no bytes, so they are not added twice.
        CompletableFuture<MigrationOutcome> done = tasks.run(new TaskLabel(sourceUri, guestName, "migrate"), mine,
                pane -> CompletableFuture.supplyAsync(() -> migration.run(reading -> {
                    figuresArrived(reading);
                    pane.report(reading.dataTotalBytes() > 0 ? (double) reading.dataProcessedBytes() / reading.dataTotalBytes() : 0,
                            0, ByteSize.human(reading.dataProcessedBytes()) + " moved");
                }, mine, override.get()), work),
                result -> result.message() + " (" + result.figures() + ")", MigrationOutcome::moved);
        return done.whenCompleteAsync((result, failure) -> {
            phase.set(Phase.DONE);
            outcome.set(result);
            message.set(failure != null ? TaskRunner.messageOf(failure) : result.message());
        }, fx);
    }

    public void cancel() {
        cancel.cancel();
        message.set("Cancelling: the guest stays on the source…");
    }

    private void figuresArrived(JobFigures reading) {
        // Several readings a second: hand over only the newest, the label shows one at a time.
        fx.execute(() -> figures.set(reading));
    }

    List<PrecheckLine> currentLines() {
        return List.copyOf(lines);
    }
}
