package dev.summit.app.tasks.log;

import dev.summit.connectors.units.ByteSize;
import dev.summit.app.store.OperationRecord;
import dev.summit.app.tasks.RunningTask;

/**
 * One line of the Tasks pane: the history's row, and the live operation when this Summit runs it
 * (its progress and Cancel). A row running in another Summit process has no live part.
 *
 * @param live null unless this process runs it now
 */
public record TaskRow(OperationRecord record, RunningTask live) {

    public boolean running() {
        return record.running();
    }

    public boolean cancellable() {
        return live != null && live.cancellable() && !live.cancelRequested();
    }

    /** What the Status column says: progress while running, else the result. */
    public String status() {
        if (live == null) {
            return TaskWords.result(record.outcome());
        }
        if (live.cancelRequested()) {
            return "cancelling";
        }
        RunningTask.Reading reading = live.reading();
        return reading.fraction() < 0 ? "running" : Math.round(reading.fraction() * 100) + " %";
    }

    /** The progress sentence while running, else the result's message. */
    public String message() {
        if (live != null) {
            RunningTask.Reading reading = live.reading();
            return reading.sentence() + (reading.bytes() > 0 ? " — " + ByteSize.human(reading.bytes()) : "");
        }
        return record.message() == null ? "" : record.message();
    }

    public String duration() {
        return TaskWords.duration(record.startedAt(), record.endedAt());
    }
}
