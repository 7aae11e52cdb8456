package dev.summit.app.guest;

import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.details.GuestDefinitionReader;
import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.details.HostHardware;
import dev.summit.connectors.edit.EditOutcome;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.GuestEditor;
import dev.summit.connectors.edit.change.RenameGuest;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestStats;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.ops.GuestAction;
import dev.summit.connectors.ops.GuestActions;
import dev.summit.app.storage.LibraryIso;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.storage.IsoOnHost;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The guest one window shows: where it is now, its latest summary from the list, and its
 * definitions, re-read after every edit and whenever the guest changes (state, host, name). Pages
 * read from here and change the guest only through {@link #apply} and {@link #perform}, which go
 * through the task runner, so every change lands in the history. FX thread only.
 */
public final class ShownGuest {
    private final String uuid;
    private final HostEngine engine;
    private final TaskRunner tasks;
    private final Executor fxThread;
    private final ReadOnlyObjectWrapper<String> hostUri = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GuestSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GuestDefinitions> definitions = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper readProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<HostHardware> hardware = new ReadOnlyObjectWrapper<>(HostHardware.UNKNOWN);
    private Supplier<CompletableFuture<List<LibraryIso>>> localIsos = () -> CompletableFuture.completedFuture(List.of());
    private boolean watching;
    private long reads;

    /** @param fxThread where read results are handed over: {@code Platform::runLater} */
    public ShownGuest(String uuid, HostEngine engine, TaskRunner tasks, Executor fxThread) {
        this.uuid = uuid;
        this.engine = engine;
        this.tasks = tasks;
        this.fxThread = fxThread;
    }

    public String uuid() {
        return uuid;
    }

    /** The host the guest is on now; null while it is nowhere (undefined, or its host not connected). */
    public ReadOnlyObjectProperty<String> hostUriProperty() {
        return hostUri.getReadOnlyProperty();
    }

    /** The list's latest summary, stats included; null while the guest is nowhere. */
    public ReadOnlyObjectProperty<GuestSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The definitions last read; null until the first read is back. */
    public ReadOnlyObjectProperty<GuestDefinitions> definitionsProperty() {
        return definitions.getReadOnlyProperty();
    }

    /** Why the last read failed, "" when it did not. */
    public ReadOnlyStringProperty readProblemProperty() {
        return readProblem.getReadOnlyProperty();
    }

    /** The guest's name as the list knows it, its UUID while it is nowhere. */
    public String name() {
        GuestSummary now = summary.get();
        return now == null ? uuid : now.name();
    }

    /** Where the list says the guest is now; called after every applied snapshot. */
    public void update(String newHostUri, GuestSummary newSummary) {
        GuestSummary before = summary.get();
        boolean moved = !Objects.equals(newHostUri, hostUri.get());
        hostUri.set(newHostUri);
        summary.set(newSummary);
        if (watching && moved) {
            rereadHardware();
        }
        // The stats change every few seconds and say nothing about the definition.
        if (watching && (moved || !Objects.equals(withoutStats(before), withoutStats(newSummary)))) {
            reread();
        }
    }

    private static GuestSummary withoutStats(GuestSummary summary) {
        return summary == null ? null : summary.withStats(GuestStats.NONE);
    }

    /** The first page that needs the definitions asks: read now and keep them current from then on. */
    public void watchDefinitions() {
        if (!watching) {
            watching = true;
            // Definitions first: both queue on the host's worker, and the host's hardware (every
            // pool's ISOs among it) is only needed by the pages that add or change media.
            reread();
            rereadHardware();
        }
    }

    /** What the guest's host offers the pages to choose from (CPUs, pools, ISOs, networks); UNKNOWN until read. */
    public ReadOnlyObjectProperty<HostHardware> hostHardwareProperty() {
        return hardware.getReadOnlyProperty();
    }

    private void rereadHardware() {
        host().ifPresent(session -> HostHardware.read(session).whenCompleteAsync((read, failure) -> {
            if (read != null) {
                hardware.set(read);
            }
        }, fxThread));
    }

    /** Reads both definitions off the FX thread; a read overtaken by a newer one is dropped. */
    public void reread() {
        long mine = ++reads;
        Optional<HostSession> host = host();
        if (host.isEmpty()) {
            readProblem.set("The guest's host is not connected.");
            return;
        }
        GuestDefinitionReader.read(host.get(), uuid).whenCompleteAsync((read, failure) -> {
            if (mine != reads) {
                return;
            }
            if (failure != null) {
                readProblem.set(TaskRunner.messageOf(failure));
            } else {
                readProblem.set("");
                definitions.set(read);
            }
        }, fxThread);
    }

    /** Applies one edit on the guest's host, recorded in the history; its outcome or failure arrives on the FX thread. */
    public CompletableFuture<EditOutcome> apply(GuestEdit edit) {
        String on = hostUri.get();
        CompletableFuture<EditOutcome> done = tasks.run(on, name(), edit.describe(),
                () -> GuestEditor.apply(session(), uuid, edit), EditOutcome::sentence, outcome -> true);
        done.whenComplete((outcome, failure) -> reread());
        return done;
    }

    /** Renames the guest (no {@link GuestEdit}: libvirt renames a shut-off guest as a whole), recorded in the history. */
    public CompletableFuture<EditOutcome> rename(String newName) {
        CompletableFuture<EditOutcome> done = tasks.run(hostUri.get(), name(), "rename to " + newName,
                () -> RenameGuest.apply(session(), uuid, newName), EditOutcome::sentence, outcome -> true);
        done.whenComplete((outcome, failure) -> reread());
        return done;
    }

    /** Runs a lifecycle action (e.g. autostart on or off), recorded in the history. */
    public CompletableFuture<Void> perform(GuestAction action) {
        return tasks.run(hostUri.get(), name(), action.name().toLowerCase(),
                () -> GuestActions.perform(session(), action, uuid));
    }

    /** Runs another feature's operation (snapshots) on the guest's host, recorded in the history. */
    public <T> CompletableFuture<T> run(String operation, java.util.function.Function<HostSession, CompletableFuture<T>> work) {
        return tasks.run(hostUri.get(), name(), operation, () -> work.apply(session()));
    }

    /**
     * Where a drive of this guest can find {@code typed}: as typed (a host path, POOL/VOLUME), unless
     * it names an image on this computer and the host is remote — then the image is uploaded into
     * the host's default pool first (a copy of the same size there is reused). Completes on the FX thread.
     */
    public CompletableFuture<String> isoOnHost(String typed, OperationProgress progress) {
        Path local = existingFile(typed);
        Optional<HostSession> host = host();
        if (local == null || host.isEmpty() || !IsoOnHost.isRemote(host.get().uri())) {
            return CompletableFuture.completedFuture(typed);
        }
        return IsoOnHost.prepareInDefaultPool(host.get(), local, name(), progress, new CancelSignal())
                .thenApply(IsoOnHost::hostPath)
                .whenCompleteAsync((path, failure) -> { }, fxThread);
    }

    private static Path existingFile(String typed) {
        try {
            Path path = Path.of(typed);
            return path.isAbsolute() && Files.isRegularFile(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The ISOs in the folders of this computer the user added to the ISO library; none until a library is given. */
    public CompletableFuture<List<LibraryIso>> localIsos() {
        return localIsos.get();
    }

    public void useIsoLibrary(Supplier<CompletableFuture<List<LibraryIso>>> source) {
        localIsos = Objects.requireNonNull(source);
    }

    public Optional<HostSession> host() {
        return hostUri.get() == null ? Optional.empty() : engine.session(hostUri.get());
    }

    private HostSession session() {
        return host().orElseThrow(() -> new HostOperationException("The host of '" + name() + "' is not connected."));
    }
}
