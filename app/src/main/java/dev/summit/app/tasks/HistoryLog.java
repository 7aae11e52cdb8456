package dev.summit.app.tasks;

/** Where finished operations are recorded (the SQLite history; nothing in tests that don't care). */
public interface HistoryLog {
    HistoryLog NONE = new HistoryLog() {
        @Override
        public long started(String hostUri, String guestName, String operation) {
            return 0;
        }

        @Override
        public void ended(long id, boolean succeeded, String message) {
        }
    };

    long started(String hostUri, String guestName, String operation);

    void ended(long id, boolean succeeded, String message);

    /** The user cancelled it and it stopped; a log without that word records a failure. */
    default void cancelled(long id, String message) {
        ended(id, false, message);
    }
}
