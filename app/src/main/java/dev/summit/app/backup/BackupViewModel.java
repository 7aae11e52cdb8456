package dev.summit.app.backup;

import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.backup.BackupCheck;
import dev.summit.connectors.backup.BackupFailed;
import dev.summit.connectors.backup.BackupKind;
import dev.summit.connectors.backup.BackupRequest;
import dev.summit.connectors.backup.CreateBackup;
import dev.summit.connectors.backup.DiskUpgrade;
import dev.summit.connectors.backup.StoredBackup;
import dev.summit.connectors.ops.CancelSignal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Backup…: the folder, full or incremental, progress and cancel, and the offer to upgrade qcow2 v2
 * disks of a shut-off guest. Every check and the job run off the FX thread ({@code background});
 * results come back through {@code fx}. Testable without a window.
 */
public final class BackupViewModel {
    private final String uri;
    private final String uuid;
    private final String guestName;
    private final TaskRunner tasks;
    private final Executor background;
    private final Executor fx;

    private final StringProperty folder = new SimpleStringProperty("");
    private final BooleanProperty incremental = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty folderReport = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty upgradeOffered = new SimpleBooleanProperty();
    private final BooleanProperty done = new SimpleBooleanProperty();
    private CancelSignal cancel;

    public BackupViewModel(String uri, String uuid, String guestName, TaskRunner tasks, Executor background, Executor fx) {
        this.uri = uri;
        this.uuid = uuid;
        this.guestName = guestName;
        this.tasks = tasks;
        this.background = background;
        this.fx = fx;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public BooleanProperty incrementalProperty() {
        return incremental;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** What the check found in the folder: unfinished backups, dangling checkpoints. */
    public StringProperty folderReportProperty() {
        return folderReport;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanProperty upgradeOfferedProperty() {
        return upgradeOffered;
    }

    public BooleanProperty doneProperty() {
        return done;
    }

    public String guestName() {
        return guestName;
    }

    /** Looks for qcow2 v2 disks (an upgrade is offered while the guest is shut off). */
    public void inspectDisks(boolean guestRunning) {
        CompletableFuture.supplyAsync(() -> {
            try {
                return DiskUpgrade.oldImages(uri, uuid);
            } catch (BackupFailed e) {
                return List.<String>of();
            }
        }, background).thenAcceptAsync(old -> {
            if (!old.isEmpty()) {
                upgradeOffered.set(!guestRunning);
                message.set(old.size() + (old.size() == 1 ? " disk is" : " disks are") + " qcow2 version 2: a full backup works,"
                        + " incremental ones need version 3" + (guestRunning ? " — shut the guest off to upgrade." : "."));
            }
        }, fx);
    }

    /** Runs the folder check when the folder changes (the dialog calls it once the text settles). */
    public void checkFolder() {
        String chosen = folder.get().strip();
        if (chosen.isEmpty()) {
            folderReport.set("");
            return;
        }
        CompletableFuture.supplyAsync(() -> {
            try {
                BackupCheck.Findings findings = BackupCheck.inspect(uri, Path.of(chosen));
                long mine = findings.backups().stream().filter(b -> b.manifest().uuid().equals(uuid)).count();
                String lines = String.join("\n", findings.sentences());
                return mine + (mine == 1 ? " backup" : " backups") + " of " + guestName + " in this folder."
                        + (lines.isEmpty() ? "" : "\n" + lines);
            } catch (RuntimeException e) {
                return e.getMessage();
            }
        }, background).thenAcceptAsync(report -> {
            if (chosen.equals(folder.get().strip())) {
                folderReport.set(report);
            }
        }, fx);
    }

    public void upgrade() {
        message.set("Upgrading the disks to qcow2 version 3…");
        running.set(true);
        tasks.run(uri, guestName, "upgrade disks to qcow2 v3", () -> CompletableFuture.supplyAsync(() -> {
            try {
                return DiskUpgrade.upgrade(uri, uuid);
            } catch (BackupFailed e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, background)).whenComplete((images, failure) -> {
            running.set(false);
            if (failure == null) {
                upgradeOffered.set(false);
                message.set("Upgraded " + images.size() + (images.size() == 1 ? " disk" : " disks")
                        + " to qcow2 version 3: incremental backups can follow a full one.");
            } else {
                message.set(TaskRunner.messageOf(failure));
            }
        });
    }

    /** Checks, then runs the backup; the first problem stays in {@link #messageProperty()}. */
    public void start() {
        String chosen = folder.get().strip();
        if (chosen.isEmpty()) {
            message.set("Choose the folder to back up into.");
            return;
        }
        BackupRequest request = new BackupRequest(uri, uuid, Path.of(chosen),
                incremental.get() ? BackupKind.INCREMENTAL : BackupKind.FULL);
        CreateBackup backup = new CreateBackup(request);
        running.set(true);
        done.set(false);
        progress.set(0);
        message.set("Checking…");
        CompletableFuture.supplyAsync(() -> {
            try {
                return backup.precheck();
            } catch (BackupFailed e) {
                return List.of(e.getMessage());
            }
        }, background).thenAcceptAsync(problems -> {
            if (!problems.isEmpty()) {
                running.set(false);
                message.set(String.join("\n", problems));
                return;
            }
            run(backup);
        }, fx);
    }

    private void run(CreateBackup backup) {
        CancelSignal mine = new CancelSignal();
        cancel = mine;
        tasks.run(uri, guestName, "backup", () -> backup.start((fraction, bytes, sentence) -> fx.execute(() -> {
            if (cancel == mine && !mine.isCancelled()) {
                progress.set(fraction);
                message.set(sentence + "…");
            }
        }), mine), StoredBackup::name, b -> true).whenComplete((made, failure) -> {
            cancel = null;
            running.set(false);
            if (failure == null) {
                progress.set(1);
                done.set(true);
                message.set("Backed up " + guestName + " into " + made.name() + " (" + made.manifest().kind().word() + ").");
            } else {
                progress.set(0);
                message.set(TaskRunner.messageOf(failure));
            }
            checkFolder();
        });
    }

    public void cancel() {
        if (cancel != null) {
            cancel.cancel();
            message.set("Cancelling: the job is aborted, its files and checkpoint removed…");
        }
    }
}
