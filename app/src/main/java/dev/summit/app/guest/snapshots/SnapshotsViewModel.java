package dev.summit.app.guest.snapshots;

import dev.summit.app.guest.ShownGuest;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.snapshots.CreateSnapshot;
import dev.summit.connectors.snapshots.DeleteSnapshot;
import dev.summit.connectors.snapshots.GuestScreenshot;
import dev.summit.connectors.snapshots.RevertSnapshot;
import dev.summit.connectors.snapshots.Snapshot;
import dev.summit.connectors.snapshots.SnapshotRequest;
import dev.summit.connectors.snapshots.SnapshotTree;
import dev.summit.connectors.snapshots.Snapshots;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Snapshots tab's state: the guest's tree as last read, what is under way, and the last outcome.
 * Every action runs on the guest's host worker through the task runner (so it lands in the history),
 * then the tree is read again. FX thread only.
 */
public final class SnapshotsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotsViewModel.class);
    private final ShownGuest guest;
    private final SnapshotFolder folder;
    private final Executor fxThread;
    private final Executor files;
    private final ReadOnlyObjectWrapper<SnapshotTree> tree = new ReadOnlyObjectWrapper<>(new SnapshotTree(List.of()));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private long reads;

    /**
     * @param fxThread {@code Platform::runLater}
     * @param files    where thumbnails are read and written, off the FX thread
     */
    public SnapshotsViewModel(ShownGuest guest, SnapshotFolder folder, Executor fxThread, Executor files) {
        this.guest = guest;
        this.folder = folder;
        this.fxThread = fxThread;
        this.files = files;
    }

    public ReadOnlyObjectProperty<SnapshotTree> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    /** The last outcome or problem, one sentence; "" when there is none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Reads the tree again; a read overtaken by a newer one is dropped. */
    public void refresh() {
        long mine = ++reads;
        if (guest.host().isEmpty()) {
            message.set("The guest's host is not connected.");
            return;
        }
        Snapshots.list(guest.host().get(), guest.uuid(), guest.name()).whenCompleteAsync((read, failure) -> {
            if (mine != reads) {
                return;
            }
            if (failure != null) {
                message.set(TaskRunner.messageOf(failure));
            } else {
                tree.set(read);
            }
        }, fxThread);
    }

    /**
     * Done when libvirt has the snapshot; its thumbnail follows (the screen taken right after, kept,
     * then the tree read again so the chosen snapshot shows it).
     */
    public CompletableFuture<CreateSnapshot.Created> take(SnapshotRequest request) {
        CompletableFuture<CreateSnapshot.Created> taking = act("take snapshot" + (request.name().isEmpty() ? "" : " " + request.name()),
                guest.run("take snapshot", host -> CreateSnapshot.apply(host, guest.uuid(), guest.name(), request)),
                created -> "Took snapshot '" + created.snapshot().name() + "' (" + created.why()
                        + (created.quiesced() ? "; file systems frozen by the guest agent" : "") + ").");
        taking.thenAccept(created -> keepScreen(created.snapshot().name()));
        return taking;
    }

    private void keepScreen(String snapshot) {
        guest.host().ifPresent(host -> GuestScreenshot.apply(host, guest.uuid(), guest.name())
                .thenAcceptAsync(screen -> screen.ifPresent(image -> folder.saveThumbnail(guest.uuid(), snapshot, image)), files)
                .whenCompleteAsync((kept, failure) -> {
                    if (failure != null) {
                        LOG.info("no thumbnail for snapshot {}: {}", snapshot, failure.getMessage());
                    }
                    refresh();
                }, fxThread));
    }

    public CompletableFuture<Snapshot> revert(String name) {
        return act("revert", guest.run("revert to snapshot " + name,
                host -> RevertSnapshot.apply(host, guest.uuid(), guest.name(), name, folder.journal())),
                snapshot -> guest.name() + " is back at snapshot '" + name + "'.");
    }

    public CompletableFuture<List<String>> delete(String name, boolean children) {
        OperationProgress progress = (fraction, bytes, sentence) -> fxThread.execute(() -> message.set(sentence));
        return act("delete", guest.run("delete snapshot " + name + (children ? " and its children" : ""),
                host -> DeleteSnapshot.apply(host, guest.uuid(), guest.name(), name, children, folder.journal(), progress)
                        .thenApplyAsync(deleted -> {
                            deleted.forEach(gone -> folder.deleteThumbnail(guest.uuid(), gone));
                            return deleted;
                        }, files)),
                deleted -> "Deleted snapshot" + (deleted.size() > 1 ? "s " : " ") + String.join(", ", deleted.stream()
                        .map(n -> "'" + n + "'").toList()) + ".");
    }

    public CompletableFuture<Snapshot> describe(String name, String description) {
        return act("describe", guest.run("describe snapshot " + name,
                host -> Snapshots.describe(host, guest.uuid(), guest.name(), name, description)),
                snapshot -> "Saved the description of '" + name + "'.");
    }

    /** The thumbnail's PPM bytes, read off the FX thread; empty when none was kept. */
    public CompletableFuture<Optional<byte[]>> thumbnail(String name) {
        return CompletableFuture.supplyAsync(() -> folder.readThumbnail(guest.uuid(), name), files)
                .whenCompleteAsync((bytes, failure) -> { }, fxThread);
    }

    private <T> CompletableFuture<T> act(String what, CompletableFuture<T> work, java.util.function.Function<T, String> done) {
        busy.set(true);
        message.set("");
        return work.whenCompleteAsync((value, failure) -> {
            busy.set(false);
            message.set(failure == null ? done.apply(value) : TaskRunner.messageOf(failure));
            refresh();
        }, fxThread);
    }
}
