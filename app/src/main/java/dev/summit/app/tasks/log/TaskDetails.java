package dev.summit.app.tasks.log;

import dev.summit.app.store.OperationRecord;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A task's full text in a window of its own (the table cuts a long error at the column's edge). */
final class TaskDetails {
    static final String TEXT_ID = "task-details-text";

    private TaskDetails() {
    }

    static void show(TaskRow row, Window owner) {
        TextArea text = new TextArea(describe(row));
        text.setId(TEXT_ID);
        text.setEditable(false);
        text.setWrapText(true);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Task: " + row.record().operation());
        stage.setScene(new Scene(text, 560, 300));
        stage.show();
    }

    static String describe(TaskRow row) {
        OperationRecord record = row.record();
        StringBuilder text = new StringBuilder()
                .append("Operation: ").append(TaskWords.operation(record.operation())).append('\n')
                .append(record.guestName() == null ? "" : "Guest: " + record.guestName() + "\n")
                .append("Host: ").append(record.hostUri()).append('\n')
                .append("Started: ").append(TaskWords.started(record.startedAt())).append('\n')
                .append(record.endedAt() == null ? "" : "Ended: " + TaskWords.started(record.endedAt()) + "\n")
                .append("Duration: ").append(row.duration()).append('\n')
                .append("Status: ").append(row.status()).append('\n');
        String message = row.message();
        if (!message.isEmpty()) {
            text.append('\n').append(message).append('\n');
        }
        return text.toString();
    }
}
