package dev.summit.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The local index of templates (table {@code templates}). The domain's {@code <metadata>} stays the
 * truth; this index only lets the Templates view show something before every host has answered,
 * so a host's rows are replaced wholesale by what that host reported ({@link #replaceHost}).
 */
public final class TemplateIndexRepository {

    private final Database database;

    TemplateIndexRepository(Database database) {
        this.database = database;
    }

    /** Adds or renames a template; a re-mark keeps the first marked_at (when it became a template). */
    public void put(IndexedTemplate template) {
        Objects.requireNonNull(template, "template");
        database.write("index a template", c -> {
            try (PreparedStatement upsert = c.prepareStatement(
                    "INSERT INTO templates (host_uri, uuid, name, os_id, marked_at) VALUES (?, ?, ?, ?, ?)"
                            + " ON CONFLICT (host_uri, uuid) DO UPDATE SET name = excluded.name,"
                            + " os_id = excluded.os_id")) {
                bind(upsert, template);
                return upsert.executeUpdate();
            }
        });
    }

    /** @return false if the guest was not indexed as a template */
    public boolean remove(String hostUri, String uuid) {
        Objects.requireNonNull(hostUri, "hostUri");
        Objects.requireNonNull(uuid, "uuid");
        return database.write("remove a template from the index", c -> {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM templates WHERE host_uri = ? AND uuid = ?")) {
                delete.setString(1, hostUri);
                delete.setString(2, uuid);
                return delete.executeUpdate() > 0;
            }
        });
    }

    /**
     * Makes the index for one host equal to what the host itself reported, in one transaction (Database.write), so
     * a template unmarked or deleted by another Summit (or virsh) does not linger here.
     */
    public void replaceHost(String hostUri, List<IndexedTemplate> reported) {
        Objects.requireNonNull(hostUri, "hostUri");
        List<IndexedTemplate> rows = List.copyOf(reported);
        for (IndexedTemplate row : rows) {
            if (!row.hostUri().equals(hostUri)) {
                throw new IllegalArgumentException("Template " + row.name() + " belongs to " + row.hostUri()
                        + ", not " + hostUri + ".");
            }
        }
        database.write("refresh the template index", c -> {
            List<IndexedTemplate> kept = new ArrayList<>();
            for (IndexedTemplate row : rows) {
                kept.add(withEarlierMark(c, row));
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM templates WHERE host_uri = ?")) {
                delete.setString(1, hostUri);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO templates (host_uri, uuid, name, os_id, marked_at) VALUES (?, ?, ?, ?, ?)")) {
                for (IndexedTemplate row : kept) {
                    bind(insert, row);
                    insert.executeUpdate();
                }
            }
            return kept.size();
        });
    }

    /** Every indexed template of one host, by name. */
    public List<IndexedTemplate> onHost(String hostUri) {
        Objects.requireNonNull(hostUri, "hostUri");
        return database.read("list indexed templates", c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT host_uri, uuid, name, os_id, marked_at FROM templates WHERE host_uri = ?"
                            + " ORDER BY name COLLATE NOCASE, uuid")) {
                query.setString(1, hostUri);
                List<IndexedTemplate> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(new IndexedTemplate(rows.getString(1), rows.getString(2), rows.getString(3),
                                Optional.ofNullable(rows.getString(4)), Instant.ofEpochMilli(rows.getLong(5))));
                    }
                }
                return found;
            }
        });
    }

    // Keeps the date a template was first marked when a host's refresh reports it again.
    private static IndexedTemplate withEarlierMark(Connection c, IndexedTemplate row)
            throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT marked_at FROM templates WHERE host_uri = ? AND uuid = ?")) {
            query.setString(1, row.hostUri());
            query.setString(2, row.uuid());
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next() && rows.getLong(1) < row.markedAt().toEpochMilli()) {
                    return new IndexedTemplate(row.hostUri(), row.uuid(), row.name(), row.osId(),
                            Instant.ofEpochMilli(rows.getLong(1)));
                }
            }
        }
        return row;
    }

    private static void bind(PreparedStatement statement, IndexedTemplate row) throws SQLException {
        statement.setString(1, row.hostUri());
        statement.setString(2, row.uuid());
        statement.setString(3, row.name());
        statement.setString(4, row.osId().orElse(null));
        statement.setLong(5, row.markedAt().toEpochMilli());
    }
}
