package dev.summit.connectors.migrate;

/** Receives the job's figures while it runs (from the watcher's thread, several times a second). */
@FunctionalInterface
public interface MigrationListener {
    MigrationListener IGNORE = figures -> { };

    void progress(JobFigures figures);
}
