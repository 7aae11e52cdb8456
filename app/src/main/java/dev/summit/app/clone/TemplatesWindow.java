package dev.summit.app.clone;

import dev.summit.app.SummitServices;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.app.vmlist.GuestRow;
import dev.summit.app.vmlist.HostRow;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.templates.Templates;
import dev.summit.connectors.units.ByteSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** View → Templates: every connected host's templates with the clones built on each, read afresh on open and Refresh. */
public final class TemplatesWindow {
    public static final String ID = "templates-window";

    /** One row: a template on a host. */
    public record Row(String hostUri, String hostName, Templates.Template template) {
    }

    private final Stage stage = new Stage();
    private final SummitServices services;
    private final CloneFeature clones;
    private final TableView<Row> table = new TableView<>();
    private final Label status = new Label();

    TemplatesWindow(SummitServices services, CloneFeature clones) {
        this.services = services;
        this.clones = clones;
        table.setId("templates-table");
        table.setPlaceholder(new Label("No templates. Shut a guest down, then Guest → Convert to Template…"));
        table.getColumns().add(column("Template", row -> row.template().name()));
        table.getColumns().add(column("Host", Row::hostName));
        table.getColumns().add(column("OS", row -> Templates.osLabel(row.template().osId())));
        table.getColumns().add(column("Size", row -> ByteSize.human(row.template().diskBytes())));
        table.getColumns().add(column("Clones", row -> row.template().dependentClones().isEmpty() ? "none"
                : row.template().dependentClones().size() + ": " + String.join(", ", row.template().dependentClones())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button newFrom = new Button("New VM from Template…");
        newFrom.setId("templates-new-vm");
        newFrom.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        newFrom.setOnAction(e -> guestOf(table.getSelectionModel().getSelectedItem()).ifPresent(clones::openClone));
        Button toGuest = new Button("Convert to Guest");
        toGuest.setId("templates-to-guest");
        toGuest.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        toGuest.setOnAction(e -> convertToGuest(table.getSelectionModel().getSelectedItem()));
        Button importButton = new Button("Import…");
        importButton.setId("templates-import");
        importButton.setOnAction(e -> openImport());
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> reload());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, status, spacer, refresh, importButton, toGuest, newFrom);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(10, table, buttons);
        root.setPadding(new Insets(12));
        root.setId(ID);
        stage.setTitle("Templates");
        stage.initOwner(services.window().stage());
        stage.setScene(new Scene(root, 720, 360));
        stage.getScene().getStylesheets().setAll(services.window().stage().getScene().getStylesheets());
    }

    public Stage stage() {
        return stage;
    }

    void show() {
        stage.show();
        reload();
    }

    private void reload() {
        status.setText("Reading templates…");
        List<CompletableFuture<List<Row>>> perHost = new ArrayList<>();
        for (HostRow host : services.model().hosts()) {
            Optional<HostSession> session = services.engine().session(host.uri());
            if (session.isPresent() && host.statusProperty().get() instanceof HostStatus.Connected) {
                String name = host.nameProperty().get();
                perHost.add(Templates.list(session.get())
                        .thenApplyAsync(list -> TemplateIndexing.reported(services.store(), host.uri(), list),
                                services.background())
                        .thenApply(list -> list.stream()
                        .map(t -> new Row(host.uri(), name, t)).toList()));
            }
        }
        CompletableFuture.allOf(perHost.toArray(CompletableFuture[]::new)).whenComplete((done, failure) -> Platform.runLater(() -> {
            List<Row> rows = new ArrayList<>();
            perHost.stream().filter(f -> !f.isCompletedExceptionally()).forEach(f -> rows.addAll(f.join()));
            table.getItems().setAll(rows);
            status.setText(failure == null ? rows.size() + (rows.size() == 1 ? " template" : " templates")
                    : "Some hosts could not be read: " + TaskRunner.messageOf(failure));
        }));
    }

    /** Unmarks the template; its clones keep reading its disk, so starting it again is the user's call. */
    private void convertToGuest(Row row) {
        Optional<HostSession> session = services.engine().session(row.hostUri());
        if (session.isEmpty()) {
            status.setText("The host of '" + row.template().name() + "' is no longer open.");
            return;
        }
        services.tasks().run(row.hostUri(), row.template().name(), "unmark template",
                        () -> Templates.unmark(session.get(), row.template().uuid()))
                .thenRunAsync(() -> TemplateIndexing.unmarked(services.store(), row.hostUri(), row.template().uuid()),
                        services.background())
                .whenComplete((done, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        status.setText(TaskRunner.messageOf(failure));
                    } else {
                        reload();
                    }
                }));
    }

    /** Onto the host of the selected template, else the main window's selected host, else the first connected one. */
    private void openImport() {
        Row selected = table.getSelectionModel().getSelectedItem();
        Optional<String> uri = Optional.ofNullable(selected).map(Row::hostUri)
                .or(() -> services.window().selectedHostRow().map(HostRow::uri))
                .or(() -> services.model().hosts().stream()
                        .filter(h -> h.statusProperty().get() instanceof HostStatus.Connected).map(HostRow::uri).findFirst());
        Optional<HostSession> session = uri.flatMap(services.engine()::session);
        if (session.isEmpty()) {
            status.setText("Connect to a host first: a template is imported onto one.");
            return;
        }
        new ImportTemplateDialog(services, session.get(), stage, this::reload).show();
    }

    private Optional<GuestRow> guestOf(Row row) {
        return services.model().host(row.hostUri()).flatMap(host -> host.guests().stream()
                .filter(g -> g.uuid().equals(row.template().uuid())).findFirst());
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
