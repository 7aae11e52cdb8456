package dev.summit.app.backup;

import dev.summit.app.tasks.TaskLabel;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.backup.BackupCheck;
import dev.summit.connectors.backup.BackupFailed;
import dev.summit.connectors.backup.BackupJournal;
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
    /** Where a running job is noted, so the next start finds it if this Summit dies. */
    private final BackupJournal journal;

    private final StringProperty folder = new SimpleStringProperty("");
    private final BooleanProperty incremental = new SimpleBooleanProperty();
    private final JobState job;
    private final StringProperty folderReport = new SimpleStringProperty("");
    private final BooleanProperty upgradeOffered = new SimpleBooleanProperty();
    private final BooleanProperty done = new SimpleBooleanProperty();

    public BackupViewModel(String uri, String uuid, String guestName, TaskRunner tasks, Executor background, Executor fx,
                           BackupJournal journal) {
        this.journal = journal;
        this.uri = uri;
        this.uuid = uuid;
        this.guestName = guestName;
        this.tasks = tasks;
        this.background = background;
        this.fx = fx;
        this.job = new JobState(background, fx);
    }

    /** The other machine the guest runs on, whose folders the dialog names by path; null for this machine. */
    public String otherHost() {
        return BackupCheck.otherMachine(uri);
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public BooleanProperty incrementalProperty() {
        return incremental;
    }

    public StringProperty messageProperty() {
        return job.message();
    }

    /** What the check found in the folder: unfinished backups, dangling checkpoints. */
    public StringProperty folderReportProperty() {
        return folderReport;
    }

    public DoubleProperty progressProperty() {
        return job.progress();
    }

    public BooleanProperty runningProperty() {
        return job.running();
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
                job.message().set(old.size() + (old.size() == 1 ? " disk is" : " disks are") + " qcow2 version 2: a full backup works,"
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
        if (BackupCheck.pathProblem(uri, chosen) != null) {
            folderReport.set(BackupCheck.pathProblem(uri, chosen));
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
        job.message().set("Upgrading the disks to qcow2 version 3…");
        job.running().set(true);
        tasks.run(uri, guestName, "upgrade disks to qcow2 v3", () -> CompletableFuture.supplyAsync(() -> {
            try {
                return DiskUpgrade.upgrade(uri, uuid);
            } catch (BackupFailed e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, background)).whenComplete((images, failure) -> {
            if (failure == null) {
                upgradeOffered.set(false);
                job.end(false, "Upgraded " + images.size() + (images.size() == 1 ? " disk" : " disks")
                        + " to qcow2 version 3: incremental backups can follow a full one."
                        // On another machine the upgrade is a copy under a new name, which the user should know.
                        + (otherHost() == null ? "" : " The guest now uses " + String.join(", ", images) + "."));
            } else {
                job.end(false, TaskRunner.messageOf(failure));
            }
        });
    }

    /** Checks, then runs the backup; the first problem stays in {@link #messageProperty()}. */
    public void start() {
        String chosen = folder.get().strip();
        if (chosen.isEmpty()) {
            job.message().set("Choose the folder to back up into.");
            return;
        }
        if (BackupCheck.pathProblem(uri, chosen) != null) {
            job.message().set(BackupCheck.pathProblem(uri, chosen));
            return;
        }
        CreateBackup backup = new CreateBackup(new BackupRequest(uri, uuid, Path.of(chosen),
                incremental.get() ? BackupKind.INCREMENTAL : BackupKind.FULL), journal);
        done.set(false);
        job.checkThen(backup::precheck, () -> run(backup));
    }

    private void run(CreateBackup backup) {
        CancelSignal mine = job.begin();
        tasks.run(new TaskLabel(uri, guestName, "backup"), mine,
                pane -> backup.start(TaskRunner.both(job.reporter(mine), pane), mine), StoredBackup::name, b -> true)
                .whenComplete((made, failure) -> {
                    done.set(failure == null);
                    job.end(failure == null, failure == null ? "Backed up " + guestName + " into " + made.name()
                            + " (" + made.manifest().kind().word() + ")." : TaskRunner.messageOf(failure));
                    checkFolder();
                });
    }

    public void cancel() {
        job.cancel("Cancelling: the job is aborted, its files and checkpoint removed…");
    }
}
