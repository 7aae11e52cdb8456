package dev.summit.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

    @Test
    void usesXdgDataHomeWhenSet() {
        StoreLocation location = StoreLocation.fromEnvironment(Map.of("XDG_DATA_HOME", "/data/alice"), "/home/alice");

        assertThat(location.databaseFile()).isEqualTo(Path.of("/data/alice/summit/summit.db"));
        assertThat(location.walFile()).isEqualTo(Path.of("/data/alice/summit/summit.db-wal"));
        assertThat(location.shmFile()).isEqualTo(Path.of("/data/alice/summit/summit.db-shm"));
    }

    @Test
    void defaultsToLocalShareUnderHome() {
        StoreLocation location = StoreLocation.fromEnvironment(Map.of(), "/home/alice");

        assertThat(location.databaseFile()).isEqualTo(Path.of("/home/alice/.local/share/summit/summit.db"));
    }

    @Test
    void ignoresEmptyOrRelativeXdgDataHomeAsTheSpecSays() {
        assertThat(StoreLocation.fromEnvironment(Map.of("XDG_DATA_HOME", ""), "/home/alice").directory())
                .isEqualTo(Path.of("/home/alice/.local/share/summit"));
        assertThat(StoreLocation.fromEnvironment(Map.of("XDG_DATA_HOME", "relative/dir"), "/home/alice").directory())
                .isEqualTo(Path.of("/home/alice/.local/share/summit"));
    }

    @Test
    void refusesToGuessWithoutAnyHome() {
        assertThatThrownBy(() -> StoreLocation.fromEnvironment(Map.of(), ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("XDG_DATA_HOME");
    }
}
