package dev.summit.app.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small named settings (window size, last folder, "confirm before delete"), stored as text so the
 * sqlite3 tool shows them readably. Typed helpers fall back to the caller's default when a value
 * is missing or was hand-edited into something that does not parse.
 */
public final class PreferenceRepository {

    private static final Logger LOG = LoggerFactory.getLogger(PreferenceRepository.class);

    private final Database database;

    PreferenceRepository(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        Objects.requireNonNull(key, "key");
        return database.read("read a preference", c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT value FROM preferences WHERE key = ?")) {
                query.setString(1, key);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public String getString(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /** Sets or replaces a value; use {@link #remove} to go back to the default. */
    public void put(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        database.write("save a preference", c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO preferences (key, value) VALUES (?, ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                upsert.setString(1, key);
                upsert.setString(2, value);
                return upsert.executeUpdate();
            }
        });
    }

    /** @return false if the key was not set */
    public boolean remove(String key) {
        Objects.requireNonNull(key, "key");
        return database.write("remove a preference", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM preferences WHERE key = ?")) {
                delete.setString(1, key);
                return delete.executeUpdate() > 0;
            }
        });
    }

    public int getInt(String key, int fallback) {
        Optional<String> raw = get(key);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.get().strip());
        } catch (NumberFormatException e) {
            // The key, not the value: a value is user data we have no reason to copy into logs.
            LOG.warn("Preference '{}' is not a whole number; using the default", key);
            return fallback;
        }
    }

    public void putInt(String key, int value) {
        put(key, Integer.toString(value));
    }

    public boolean getBoolean(String key, boolean fallback) {
        Optional<String> raw = get(key);
        if (raw.isEmpty()) {
            return fallback;
        }
        // Strict, unlike Boolean.parseBoolean, which reads any typo as false.
        return switch (raw.get().strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                LOG.warn("Preference '{}' is neither true nor false; using the default", key);
                yield fallback;
            }
        };
    }

    public void putBoolean(String key, boolean value) {
        put(key, Boolean.toString(value));
    }
}
