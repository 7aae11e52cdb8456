import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The floor Summit's start is measured against: a MenuBar and a TableView, nothing else. */
public final class MinimalWindow extends Application {
    @Override
    public void start(Stage stage) {
        MenuBar menus = new MenuBar(new Menu("File", null, new MenuItem("Quit")), new Menu("View"), new Menu("Help"));
        TableView<String[]> table = new TableView<>(FXCollections.observableArrayList(
                new String[] {"test", "Running"}, new String[] {"other", "Shut off"}));
        for (String title : new String[] {"Name", "State"}) {
            int index = table.getColumns().size();
            TableColumn<String[], String> column = new TableColumn<>(title);
            column.setCellValueFactory(row -> new SimpleStringProperty(row.getValue()[index]));
            table.getColumns().add(column);
        }
        stage.setTitle("Minimal JavaFX");
        stage.setScene(new Scene(new BorderPane(table, menus, null, null, null), 900, 600));
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
