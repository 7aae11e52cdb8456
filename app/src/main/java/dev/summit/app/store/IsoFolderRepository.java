package dev.summit.app.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The folders on this machine whose ISO images the ISO library lists (table {@code iso_folders}),
 * in the order they were added. Paths only: the ISOs themselves are read from the folder each time.
 */
public final class IsoFolderRepository {
    private final Database database;

    IsoFolderRepository(Database database) {
        this.database = database;
    }

    /** @return false if the folder was there already */
    public boolean add(Path folder) {
        Objects.requireNonNull(folder, "folder");
        String path = folder.toAbsolutePath().normalize().toString();
        return database.write("add an ISO folder", c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO iso_folders (path, added_at) VALUES (?, ?) ON CONFLICT (path) DO NOTHING")) {
                insert.setString(1, path);
                insert.setLong(2, Instant.now().toEpochMilli());
                return insert.executeUpdate() > 0;
            }
        });
    }

    /** @return false if the folder was not in the library */
    public boolean remove(Path folder) {
        String path = folder.toAbsolutePath().normalize().toString();
        return database.write("remove an ISO folder", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM iso_folders WHERE path = ?")) {
                delete.setString(1, path);
                return delete.executeUpdate() > 0;
            }
        });
    }

    public List<Path> list() {
        return database.read("list the ISO folders", c -> {
            List<Path> folders = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT path FROM iso_folders ORDER BY added_at, path");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    folders.add(Path.of(rows.getString(1)));
                }
            }
            return folders;
        });
    }
}
