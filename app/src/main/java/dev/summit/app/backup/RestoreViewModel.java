package dev.summit.app.backup;

import dev.summit.app.tasks.TaskLabel;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.backup.BackupCheck;
import dev.summit.connectors.backup.RestoreBackup;
import dev.summit.connectors.backup.RestoreRequest;
import dev.summit.connectors.backup.StoredBackup;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.storage.DefaultPool;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Restore Backup…: a folder, its finished backups (and what the check found beside them), then
 * the chosen one as a new guest (name, pool) or in place onto its shut-off guest. Off the FX thread.
 */
public final class RestoreViewModel {
    private final String uri;
    private final TaskRunner tasks;
    private final Executor background;
    private final Executor fx;

    private final StringProperty folder = new SimpleStringProperty("");
    private final ObservableList<StoredBackup> backups = FXCollections.observableArrayList();
    private final ObjectProperty<StoredBackup> selected = new SimpleObjectProperty<>();
    private final StringProperty findings = new SimpleStringProperty("");
    private final BooleanProperty asNewGuest = new SimpleBooleanProperty(true);
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty pool = new SimpleStringProperty(DefaultPool.NAME);
    private final JobState job;
    private final BooleanProperty leftovers = new SimpleBooleanProperty();

    public RestoreViewModel(String uri, TaskRunner tasks, Executor background, Executor fx) {
        this.uri = uri;
        this.tasks = tasks;
        this.background = background;
        this.fx = fx;
        this.job = new JobState(background, fx);
        selected.addListener((obs, old, now) -> {
            if (now != null && (newName.get().isBlank() || old != null && newName.get().equals(old.manifest().guest() + "-restored"))) {
                newName.set(now.manifest().guest() + "-restored");
            }
        });
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public ObservableList<StoredBackup> backups() {
        return backups;
    }

    public ObjectProperty<StoredBackup> selectedProperty() {
        return selected;
    }

    public StringProperty findingsProperty() {
        return findings;
    }

    public BooleanProperty leftoversProperty() {
        return leftovers;
    }

    public BooleanProperty asNewGuestProperty() {
        return asNewGuest;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty poolProperty() {
        return pool;
    }

    public StringProperty messageProperty() {
        return job.message();
    }

    public DoubleProperty progressProperty() {
        return job.progress();
    }

    public BooleanProperty runningProperty() {
        return job.running();
    }

    /** The other machine of this host, whose folders the dialog names by path; null for this machine. */
    public String otherHost() {
        return BackupCheck.otherMachine(uri);
    }

    /** Reads the folder's backups and runs the check for interrupted ones. */
    public void load() {
        String chosen = folder.get().strip();
        if (chosen.isEmpty()) {
            return;
        }
        if (BackupCheck.pathProblem(uri, chosen) != null) {
            backups.clear();
            findings.set(BackupCheck.pathProblem(uri, chosen));
            return;
        }
        CompletableFuture.supplyAsync(() -> BackupCheck.inspect(uri, Path.of(chosen)), background)
                .whenCompleteAsync((found, failure) -> {
                    if (!chosen.equals(folder.get().strip())) {
                        return;
                    }
                    if (failure != null) {
                        backups.clear();
                        findings.set(TaskRunner.messageOf(failure));
                        leftovers.set(false);
                        return;
                    }
                    List<StoredBackup> newestFirst = new java.util.ArrayList<>(found.backups());
                    java.util.Collections.reverse(newestFirst);
                    backups.setAll(newestFirst);
                    String lines = String.join("\n", found.sentences());
                    findings.set(found.backups().isEmpty() && lines.isEmpty() ? "No finished backup in this folder." : lines);
                    leftovers.set(found.leftovers().stream().anyMatch(l -> !l.running()));
                    if (!backups.isEmpty()) {
                        selected.set(backups.get(0));
                    }
                }, fx);
    }

    /** Removes interrupted backup folders and their dangling checkpoints, then reads the folder again. */
    public void cleanUp() {
        String chosen = folder.get().strip();
        CompletableFuture.supplyAsync(() -> BackupCheck.cleanUp(uri, Path.of(chosen)), background)
                .thenAcceptAsync(done -> {
                    job.message().set(String.join(" ", done));
                    load();
                }, fx);
    }

    public void restore() {
        StoredBackup backup = selected.get();
        if (backup == null) {
            job.message().set("Choose a backup to restore.");
            return;
        }
        String name = asNewGuest.get() ? newName.get().strip() : null;
        RestoreBackup restore = new RestoreBackup(new RestoreRequest(uri, backup.folder(), name,
                asNewGuest.get() ? pool.get() : null));
        job.checkThen(restore::precheck, () -> run(restore, name == null ? backup.manifest().guest() : name));
    }

    private void run(RestoreBackup restore, String guest) {
        CancelSignal mine = job.begin();
        tasks.run(new TaskLabel(uri, guest, "restore backup"), mine,
                        pane -> restore.start(TaskRunner.both(job.reporter(mine), pane), mine), restored -> "done", restored -> true)
                .whenComplete((restored, failure) -> job.end(failure == null, failure != null ? TaskRunner.messageOf(failure)
                        : asNewGuest.get() ? "Restored as the new guest " + restored + "."
                        : "Restored " + restored + "'s disks in place."));
    }

    public void cancel() {
        job.cancel("Cancelling after the disk being written…");
    }
}
