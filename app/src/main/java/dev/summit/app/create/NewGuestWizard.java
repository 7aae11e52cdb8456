package dev.summit.app.create;

import dev.summit.connectors.storage.DiskOnHost;
import dev.summit.connectors.storage.StoragePools;
import dev.summit.connectors.storage.InstallerOnHost;
import dev.summit.connectors.storage.IsoOnHost;
import dev.summit.connectors.storage.VolumeIsoIdentity;
import dev.summit.connectors.ops.HostFacts;
import dev.summit.app.SummitServices;
import dev.summit.app.tasks.TaskLabel;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.CloneGuest;
import dev.summit.connectors.ops.CreateFromTemplate;
import dev.summit.connectors.ops.CreateGuest;
import dev.summit.connectors.ops.CreatedGuest;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.osinfo.OsInfoDb;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * The New Virtual Machine window: a list of steps on the left, one page at a time, Back / Next /
 * Finish under it. Finish runs the same {@link CreateGuest} as {@code summit create}; a failure or a
 * cancel is undone by the operation and said here in one sentence.
 */
final class NewGuestWizard {
    static final String PROBLEM_ID = "wizard-problem";
    static final String BACK_ID = "wizard-back";
    static final String NEXT_ID = "wizard-next";
    static final String FINISH_ID = "wizard-finish";
    static final String CANCEL_ID = "wizard-cancel";
    static final String TITLE = "New Virtual Machine";

    private final SummitServices services;
    private final HostSession session;
    private final CompletableFuture<OsInfoDb> osinfo;
    private final List<WizardPage> pages;
    private final SummaryPage summary;
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private final Stage stage = new Stage();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label problem = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final StackPane body = new StackPane();
    private final VBox steps = new VBox(2);
    private CancelSignal cancel;

    NewGuestWizard(SummitServices services, HostSession session, HostFacts host, CompletableFuture<OsInfoDb> osinfo) {
        this.services = services;
        this.session = session;
        this.osinfo = osinfo;
        WizardDraft draft = new WizardDraft();
        summary = new SummaryPage(draft, session, host, osinfo);
        SourcePage source = new SourcePage(draft, osinfo, services.background(), stage, host.isoVolumePaths());
        new dev.summit.app.storage.IsoLibrary(services.store(), services.background()).localIsos()
                .thenAccept(isos -> Platform.runLater(() -> source.withLibrary(isos)));
        pages = List.of(source
                        .onRemoteHost(IsoOnHost.isRemote(session.uri())).withTemplates(host.templates())
                        .readingVolumesWith(path -> VolumeIsoIdentity.read(session, path)),
                new OsPage(draft, osinfo), new ResourcesPage(draft, host, osinfo), new StoragePage(draft, host, osinfo)
                        .readingVolumesWith(pool -> StoragePools.volumesWithUsers(session, pool)),
                new NetworkPage(draft, host), new FirmwarePage(draft, host.platform(), osinfo), new NamePage(draft, host.guestNames())
                        .readingPasswordsWith(uuid -> CloneGuest.hasDisplayPassword(session, uuid)), summary);
        stage.setTitle(TITLE + " — " + session.uri());
        if (services.window().stage() != null) {
            stage.initOwner(services.window().stage());
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setScene(new Scene(layout(), 820, 560));
        stage.setOnCloseRequest(e -> {
            if (running.get()) {
                e.consume();
                cancel.cancel();
            }
        });
    }

    void show() {
        go(0);
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    private BorderPane layout() {
        for (int i = 0; i < pages.size(); i++) {
            Label step = new Label((i + 1) + ". " + pages.get(i).title());
            int index = i;
            step.styleProperty().bind(Bindings.when(current.isEqualTo(index))
                    .then("-fx-font-weight: bold; -fx-background-color: -fx-accent; -fx-text-fill: white;"
                            + " -fx-padding: 6 12; -fx-background-radius: 4;")
                    .otherwise("-fx-padding: 6 12; -fx-opacity: 0.8;"));
            step.setMaxWidth(Double.MAX_VALUE);
            steps.getChildren().add(step);
        }
        steps.setPadding(new Insets(16, 8, 16, 8));
        steps.setPrefWidth(215);
        steps.setMinWidth(215);
        steps.setStyle("-fx-background-color: derive(-fx-base, -4%); -fx-border-color: transparent derive(-fx-base, -15%)"
                + " transparent transparent;");

        title.setStyle("-fx-font-size: 1.45em; -fx-font-weight: bold;");
        subtitle.setWrapText(true);
        subtitle.setStyle("-fx-opacity: 0.75;");
        VBox header = new VBox(4, title, subtitle);
        header.setPadding(new Insets(18, 22, 10, 22));

        body.setPadding(new Insets(8, 22, 8, 22));
        body.setAlignment(Pos.TOP_LEFT);

        problem.setId(PROBLEM_ID);
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b3261e;");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.visibleProperty().bind(running);
        progress.managedProperty().bind(running);

        Button back = button("< Back", BACK_ID, () -> step(-1));
        Button next = button("Next >", NEXT_ID, () -> step(1));
        Button finish = button("Finish", FINISH_ID, this::finish);
        Button close = button("Cancel", CANCEL_ID, this::cancelOrClose);
        next.setDefaultButton(true);
        back.disableProperty().bind(current.isEqualTo(0).or(running));
        next.visibleProperty().bind(current.lessThan(pages.size() - 1));
        next.managedProperty().bind(next.visibleProperty());
        finish.visibleProperty().bind(current.isEqualTo(pages.size() - 1));
        finish.managedProperty().bind(finish.visibleProperty());
        finish.setDefaultButton(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, close, back, next, finish);
        VBox footer = new VBox(8, problem, progress, buttons);
        footer.setPadding(new Insets(10, 22, 16, 22));
        footer.setStyle("-fx-border-color: derive(-fx-base, -15%) transparent transparent transparent;");

        BorderPane page = new BorderPane(body, header, null, footer, null);
        BorderPane root = new BorderPane(page);
        root.setLeft(steps);
        root.setId("new-guest-wizard");
        next.disableProperty().bind(problem.textProperty().isNotEmpty().or(running));
        finish.disableProperty().bind(problem.textProperty().isNotEmpty().or(running));
        return root;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(90);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static CreatedGuest rethrow(Throwable failure) {
        throw failure instanceof java.util.concurrent.CompletionException c ? c : new java.util.concurrent.CompletionException(failure);
    }

    /** To the next (or previous) page that still has something to decide, given the source chosen. */
    private void step(int direction) {
        int index = current.get() + direction;
        while (index > 0 && index < pages.size() - 1 && !pages.get(index).applies()) {
            index += direction;
        }
        go(index);
    }

    private void go(int index) {
        WizardPage page = pages.get(index);
        for (int i = 0; i < pages.size(); i++) {
            steps.getChildren().get(i).setDisable(!pages.get(i).applies());
        }
        problem.textProperty().unbind();
        current.set(index);
        title.setText(page.title());
        subtitle.setText(page.subtitle());
        page.entered();
        body.getChildren().setAll(page.content());
        problem.textProperty().bind(page.problemProperty());
    }

    /** The chosen disk image copied into the pool when asked (always on a remote host); null otherwise. */
    private CompletableFuture<DiskOnHost> copiedDisk(WizardDraft draft, OperationProgress shown, CancelSignal mine) {
        return draft.importDisk == null || !draft.copyDisk ? CompletableFuture.completedFuture(null)
                : DiskOnHost.copy(session, draft.importDisk, draft.name, draft.pool, shown, mine);
    }

    /** A network install's kernel and initrd, fetched and put in the pool; null otherwise. */
    private CompletableFuture<InstallerOnHost> installer(WizardDraft draft, OperationProgress shown, CancelSignal mine) {
        return draft.netInstall == null ? CompletableFuture.completedFuture(null)
                : InstallerOnHost.prepare(session, draft.netInstall, draft.name, draft.pool, shown, mine);
    }

    /** From a template, or from an ISO, installer or disk put on the host first (each undone if the create fails). */
    private CompletableFuture<CreatedGuest> create(WizardDraft draft, String edited, OperationProgress shown, CancelSignal mine) {
        if (draft.template != null) {
            return CreateFromTemplate.run(session, draft.templateRequest(), shown, mine);
        }
        return IsoOnHost.prepare(session, draft.iso, draft.pool, shown, mine).thenCombine(installer(draft, shown, mine),
                (iso, installer) -> new Object[] {iso, installer})
                .thenCombine(copiedDisk(draft, shown, mine), (pair, disk) -> new Object[] {pair[0], pair[1], disk})
                .thenCompose(prepared -> {
            IsoOnHost iso = (IsoOnHost) prepared[0];
            InstallerOnHost installer = (InstallerOnHost) prepared[1];
            DiskOnHost copied = (DiskOnHost) prepared[2];
            CreateGuest create = new CreateGuest(session, draft.request(), osinfo.join())
                    .withHostIso(draft.hostIsoVolume != null ? draft.hostIsoVolume : iso.hostPath());
            if (installer != null) {
                create.installingFrom(installer.kernelPath(), installer.initrdPath(), draft.netInstall.cmdline());
            }
            if (draft.importDisk != null) {
                create.importing(draft.importDisk.path());
            }
            if (copied != null) {
                create.importingOnHost(copied.disk());
            }
            if (draft.existingDisk() != null) {
                create.importingOnHost(draft.existingDisk());
            }
            if (draft.pxe) {
                create.bootingFromNetwork();
            }
            if (edited != null) {
                create.withXml(edited);
            }
            // A failed create undoes its own steps; the upload before it is ours to remove.
            return create.run(shown, mine).handle((created, failure) -> failure == null
                    ? CompletableFuture.completedFuture(created)
                    : iso.undo(session).thenCompose(x -> installer == null ? CompletableFuture.completedFuture(null)
                            : installer.undo(session))
                            .thenCompose(x -> copied == null ? CompletableFuture.completedFuture(null) : copied.undo(session))
                            .handle((ok, ignored) -> (CreatedGuest) rethrow(failure)))
                    .thenCompose(f -> f);
        });
    }

    private void cancelOrClose() {
        if (running.get()) {
            cancel.cancel();
        } else {
            stage.close();
        }
    }

    /** CreateGuest through the task history; the console opens once the inventory lists the guest. */
    private void finish() {
        String edited = summary.editedXml();
        WizardDraft draft = summary.draft;
        cancel = new CancelSignal();
        running.set(true);
        problem.textProperty().unbind();
        problem.setText("");
        CancelSignal mine = cancel;
        OperationProgress shown = (fraction, bytes, sentence) -> Platform.runLater(() -> {
            progress.setProgress(fraction);
            subtitle.setText(sentence + "…");
        });
        CompletableFuture<CreatedGuest> done = services.tasks().run(new TaskLabel(session.uri(), draft.name, "create"), mine,
                pane -> create(draft, edited, TaskRunner.both(shown, pane), mine), created -> "done", created -> true);
        done.whenComplete((created, failure) -> Platform.runLater(() -> {
            running.set(false);
            if (failure != null) {
                subtitle.setText(summary.subtitle());
                problem.setText(TaskRunner.messageOf(failure));
                return;
            }
            stage.close();
            GuestConsoleOpener.openWhenListed(services, session.uri(), created.name());
        }));
    }
}
