package dev.summit.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The saved connections, in the order the user arranged them. Positions stay 0..n-1 with no gaps
 * after every change, so the list index and the stored position always agree.
 *
 * <p>Every URI is checked with {@link UriSecrets} before it is written, so no row can hold a secret.
 */
public final class ConnectionRepository {

    private static final String COLUMNS = "id, display_name, uri, autoconnect, position, last_connected_at";

    private final Database database;

    ConnectionRepository(Database database) {
        this.database = database;
    }

    /** All saved connections, in the user's order. */
    public List<SavedConnection> list() {
        return database.read("list saved connections", ConnectionRepository::listIn);
    }

    public Optional<SavedConnection> find(long id) {
        return database.read("find a saved connection", c -> findIn(c, "id = ?", id));
    }

    public Optional<SavedConnection> findByUri(String uri) {
        Objects.requireNonNull(uri, "uri");
        return database.read("find a saved connection", c -> findIn(c, "uri = ?", uri));
    }

    /**
     * Saves a new connection at the end of the list.
     *
     * @throws IllegalArgumentException if the URI carries a secret, is already saved, or a field is blank
     */
    public SavedConnection add(String displayName, String uri, boolean autoconnect) {
        checkFields(displayName, uri);
        return database.write("save a connection", c -> {
            refuseDuplicate(c, uri, null);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO connections"
                    + " (display_name, uri, autoconnect, position) VALUES (?, ?, ?,"
                    + " (SELECT COALESCE(MAX(position) + 1, 0) FROM connections))")) {
                insert.setString(1, displayName);
                insert.setString(2, uri);
                insert.setBoolean(3, autoconnect);
                insert.executeUpdate();
            }
            return findIn(c, "id = ?", SqlValues.lastInsertId(c)).orElseThrow();
        });
    }

    /**
     * Saves a changed name, URI or autoconnect flag. Position and last-connected time are not taken
     * from {@code changed}: use {@link #move} and {@link #markConnected}, so a stale copy held by a
     * dialog cannot undo a reorder that happened meanwhile.
     *
     * @return the row as stored
     */
    public SavedConnection update(SavedConnection changed) {
        checkFields(changed.displayName(), changed.uri());
        return database.write("update a saved connection", c -> {
            refuseDuplicate(c, changed.uri(), changed.id());
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE connections SET display_name = ?, uri = ?, autoconnect = ? WHERE id = ?")) {
                update.setString(1, changed.displayName());
                update.setString(2, changed.uri());
                update.setBoolean(3, changed.autoconnect());
                update.setLong(4, changed.id());
                requireOneRow(update.executeUpdate(), changed.id());
            }
            return findIn(c, "id = ?", changed.id()).orElseThrow();
        });
    }

    /** @return false if there was no such connection */
    public boolean remove(long id) {
        return database.write("remove a saved connection", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM connections WHERE id = ?")) {
                delete.setLong(1, id);
                if (delete.executeUpdate() == 0) {
                    return false;
                }
            }
            renumber(c, ids(listIn(c)));
            return true;
        });
    }

    /**
     * Moves one connection to {@code newPosition} (clamped to the list), shifting the others, as a
     * drag and drop in the host list does.
     */
    public void move(long id, int newPosition) {
        database.write("reorder saved connections", c -> {
            List<Long> order = ids(listIn(c));
            if (!order.remove(id)) {
                throw new NoSuchElementException("No saved connection has id " + id);
            }
            order.add(Math.max(0, Math.min(newPosition, order.size())), id);
            renumber(c, order);
            return null;
        });
    }

    /**
     * Puts the connections in exactly this order.
     *
     * @throws IllegalArgumentException unless {@code idsInOrder} names every saved connection once
     */
    public void reorder(List<Long> idsInOrder) {
        database.write("reorder saved connections", c -> {
            List<Long> current = ids(listIn(c));
            if (idsInOrder.size() != current.size() || !new HashSet<>(idsInOrder).equals(new HashSet<>(current))) {
                throw new IllegalArgumentException("A new order must list every saved connection exactly once: have "
                        + current + ", got " + idsInOrder);
            }
            renumber(c, idsInOrder);
            return null;
        });
    }

    /** Records that a connection succeeded at {@code at} (stored to the millisecond). */
    public void markConnected(long id, Instant at) {
        Objects.requireNonNull(at, "at");
        database.write("record a successful connection", c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE connections SET last_connected_at = ? WHERE id = ?")) {
                SqlValues.setInstantOrNull(update, 1, at);
                update.setLong(2, id);
                requireOneRow(update.executeUpdate(), id);
            }
            return null;
        });
    }

    private static void checkFields(String displayName, String uri) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("A saved connection needs a name.");
        }
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("A saved connection needs a URI.");
        }
        UriSecrets.requireNone(uri);
    }

    /** A clear sentence instead of a UNIQUE-constraint SQLException; the URI is secret-free by now. */
    private static void refuseDuplicate(Connection c, String uri, Long exceptId) throws SQLException {
        Optional<SavedConnection> existing = findIn(c, "uri = ?", uri);
        if (existing.isPresent() && !Long.valueOf(existing.get().id()).equals(exceptId)) {
            throw new IllegalArgumentException("A connection to " + uri + " is already saved as '"
                    + existing.get().displayName() + "'.");
        }
    }

    private static void requireOneRow(int changed, long id) {
        if (changed == 0) {
            throw new NoSuchElementException("No saved connection has id " + id);
        }
    }

    private static void renumber(Connection c, List<Long> order) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE connections SET position = ? WHERE id = ? AND position <> ?")) {
            for (int position = 0; position < order.size(); position++) {
                update.setInt(1, position);
                update.setLong(2, order.get(position));
                update.setInt(3, position);
                update.executeUpdate();
            }
        }
    }

    private static List<Long> ids(List<SavedConnection> connections) {
        List<Long> ids = new ArrayList<>(connections.size());
        connections.forEach(saved -> ids.add(saved.id()));
        return ids;
    }

    private static List<SavedConnection> listIn(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM connections ORDER BY position, id");
             ResultSet rows = query.executeQuery()) {
            List<SavedConnection> all = new ArrayList<>();
            while (rows.next()) {
                all.add(read(rows));
            }
            return all;
        }
    }

    private static Optional<SavedConnection> findIn(Connection c, String where, Object value) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM connections WHERE " + where)) {
            query.setObject(1, value);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    private static SavedConnection read(ResultSet row) throws SQLException {
        return new SavedConnection(row.getLong("id"), row.getString("display_name"), row.getString("uri"),
                row.getBoolean("autoconnect"), row.getInt("position"),
                SqlValues.instantOrNull(row, "last_connected_at"));
    }
}
