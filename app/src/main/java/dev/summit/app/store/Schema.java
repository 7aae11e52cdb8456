package dev.summit.app.store;

import java.util.List;

/**
 * Every schema change Summit has ever made, oldest first. Append new steps; never edit or reorder a
 * released one, because users' databases already ran it.
 */
final class Schema {

    private static final List<MigrationStep> STEPS = List.of(
            MigrationStep.ofSql("saved connections, preferences and operation history",
                    // AUTOINCREMENT so an id a window still holds never points at a newer row after
                    // a delete. Positions are kept dense (0, 1, 2...) by ConnectionRepository, not
                    // by a UNIQUE constraint, which would make reordering need two passes.
                    """
                    CREATE TABLE connections (
                        id                INTEGER PRIMARY KEY AUTOINCREMENT,
                        display_name      TEXT    NOT NULL,
                        uri               TEXT    NOT NULL UNIQUE,
                        autoconnect       INTEGER NOT NULL DEFAULT 0 CHECK (autoconnect IN (0, 1)),
                        position          INTEGER NOT NULL,
                        last_connected_at INTEGER
                    )""",
                    """
                    CREATE TABLE preferences (
                        key   TEXT PRIMARY KEY,
                        value TEXT NOT NULL
                    )""",
                    // ended_at and outcome stay NULL while an operation runs.
                    """
                    CREATE TABLE operation_history (
                        id         INTEGER PRIMARY KEY AUTOINCREMENT,
                        started_at INTEGER NOT NULL,
                        ended_at   INTEGER,
                        host_uri   TEXT    NOT NULL,
                        guest_name TEXT,
                        operation  TEXT    NOT NULL,
                        outcome    TEXT,
                        message    TEXT
                    )""",
                    "CREATE INDEX operation_history_by_start ON operation_history (started_at DESC, id DESC)"),
            // The domain's own <metadata> is the truth about which guests are templates (any Summit
            // sees it); this index lets the Templates view list them without opening every host.
            MigrationStep.ofSql("template index",
                    """
                    CREATE TABLE templates (
                        host_uri  TEXT    NOT NULL,
                        uuid      TEXT    NOT NULL,
                        name      TEXT    NOT NULL,
                        os_id     TEXT,
                        marked_at INTEGER NOT NULL,
                        PRIMARY KEY (host_uri, uuid)
                    )"""),
            // Local folders the user added to the ISO library; ISOs in pools are read from the hosts.
            MigrationStep.ofSql("ISO library folders",
                    """
                    CREATE TABLE iso_folders (
                        path     TEXT    PRIMARY KEY,
                        added_at INTEGER NOT NULL
                    )"""),
            // A window closes only the running rows whose process is gone: verbs share the history.
            // Rows from before this step have no owner and are treated as cut short.
            MigrationStep.ofSql("operation owners",
                    "ALTER TABLE operation_history ADD COLUMN owner_pid INTEGER",
                    "ALTER TABLE operation_history ADD COLUMN owner_started_at INTEGER"));

    private Schema() {
    }

    static List<MigrationStep> steps() {
        return STEPS;
    }

    static Migrator migrator() {
        return new Migrator(STEPS);
    }

    static int latestVersion() {
        return STEPS.size();
    }
}
