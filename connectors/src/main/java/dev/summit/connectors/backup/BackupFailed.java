package dev.summit.connectors.backup;

/** A backup or restore that was refused, failed or was cancelled; the message is the sentence for the user. */
public final class BackupFailed extends Exception {
    public BackupFailed(String message) {
        super(message);
    }

    public BackupFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
