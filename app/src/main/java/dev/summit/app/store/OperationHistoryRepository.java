package dev.summit.app.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The record of long operations (create, clone, migrate...): the task runner writes a row when one
 * starts and completes it when it ends, so an operation cut short by a crash still shows up.
 */
public final class OperationHistoryRepository {

    private final Database database;

    OperationHistoryRepository(Database database) {
        this.database = database;
    }

    /**
     * @param guestName null for operations on the host as a whole
     * @return the id to pass to {@link #recordEnd}
     * @throws IllegalArgumentException if {@code hostUri} carries a secret
     */
    public long recordStart(String hostUri, String guestName, String operation, Instant startedAt) {
        return recordStart(hostUri, guestName, operation, startedAt, OperationOwner.current());
    }

    long recordStart(String hostUri, String guestName, String operation, Instant startedAt, OperationOwner owner) {
        Objects.requireNonNull(hostUri, "hostUri");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(startedAt, "startedAt");
        UriSecrets.requireNone(hostUri);
        return database.write("record an operation's start", c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO operation_history"
                    + " (started_at, host_uri, guest_name, operation, owner_pid, owner_started_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, startedAt.toEpochMilli());
                insert.setString(2, hostUri);
                insert.setString(3, guestName);
                insert.setString(4, operation);
                insert.setLong(5, owner.pid());
                SqlValues.setInstantOrNull(insert, 6, owner.startedAt());
                insert.executeUpdate();
            }
            return SqlValues.lastInsertId(c);
        });
    }

    /**
     * Completes a running operation's row.
     *
     * @param message the sentence the user saw, or null
     * @throws IllegalStateException if no running operation has this id (unknown, or already ended)
     */
    public void recordEnd(long id, OperationOutcome outcome, String message, Instant endedAt) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(endedAt, "endedAt");
        database.write("record an operation's end", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE operation_history"
                    + " SET ended_at = ?, outcome = ?, message = ? WHERE id = ? AND outcome IS NULL")) {
                update.setLong(1, endedAt.toEpochMilli());
                update.setString(2, outcome.name());
                update.setString(3, message);
                update.setLong(4, id);
                if (update.executeUpdate() == 0) {
                    throw new IllegalStateException("No running operation has id " + id);
                }
            }
            return null;
        });
    }

    /** The newest {@code limit} operations, newest first. */
    public List<OperationRecord> listRecent(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return database.read("list recent operations", c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT id, started_at, ended_at, host_uri,"
                    + " guest_name, operation, outcome, message FROM operation_history"
                    + " ORDER BY started_at DESC, id DESC LIMIT ?")) {
                query.setInt(1, limit);
                try (ResultSet rows = query.executeQuery()) {
                    List<OperationRecord> recent = new ArrayList<>();
                    while (rows.next()) {
                        recent.add(read(rows));
                    }
                    return recent;
                }
            }
        });
    }

    /**
     * Marks as {@link OperationOutcome#INTERRUPTED} every still-running row whose process has ended (a
     * row without an owner counts as ended). Call once at startup, before the task runner starts
     * anything: a verb running beside the window keeps its row.
     *
     * @return how many rows were closed
     */
    public int closeUnfinished(Instant at, String message) {
        Objects.requireNonNull(at, "at");
        return database.write("close interrupted operations", c -> {
            List<Long> cutShort = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT id, owner_pid, owner_started_at"
                    + " FROM operation_history WHERE outcome IS NULL");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long pid = rows.getLong("owner_pid");
                    boolean owned = !rows.wasNull();
                    Instant started = SqlValues.instantOrNull(rows, "owner_started_at");
                    if (!owned || !new OperationOwner(pid, started).isRunning()) {
                        cutShort.add(rows.getLong("id"));
                    }
                }
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE operation_history"
                    + " SET ended_at = ?, outcome = ?, message = ? WHERE id = ? AND outcome IS NULL")) {
                for (long id : cutShort) {
                    update.setLong(1, at.toEpochMilli());
                    update.setString(2, OperationOutcome.INTERRUPTED.name());
                    update.setString(3, message);
                    update.setLong(4, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
            return cutShort.size();
        });
    }

    private static OperationRecord read(ResultSet row) throws SQLException {
        String outcome = row.getString("outcome");
        return new OperationRecord(row.getLong("id"), Instant.ofEpochMilli(row.getLong("started_at")),
                SqlValues.instantOrNull(row, "ended_at"), row.getString("host_uri"), row.getString("guest_name"),
                row.getString("operation"), outcome == null ? null : OperationOutcome.valueOf(outcome),
                row.getString("message"));
    }
}
