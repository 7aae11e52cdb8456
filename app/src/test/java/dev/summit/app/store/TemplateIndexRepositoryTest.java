package dev.summit.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template index in a real SQLite file, reopened the way Summit reopens it at the next start. */
class TemplateIndexRepositoryTest {

    private static final String LOCAL = "qemu:///system";
    private static final String OTHER = "qemu+ssh://root@peer/system";

    @TempDir
    Path home;

    private StoreLocation location() {
        return StoreLocation.fromEnvironment(Map.of("XDG_DATA_HOME", home.resolve("data").toString()), home.toString());
    }

    private static IndexedTemplate template(String host, String uuid, String name, long markedAt) {
        return new IndexedTemplate(host, uuid, name, Optional.of("debian12"), Instant.ofEpochMilli(markedAt));
    }

    @Test
    void markedTemplatesAreListedPerHostAfterReopening() {
        try (SummitStore store = SummitStore.open(location()).store()) {
            store.templates().put(template(LOCAL, "u-2", "web-base", 2000));
            store.templates().put(template(LOCAL, "u-1", "Alpine-base", 1000));
            store.templates().put(template(OTHER, "u-3", "db-base", 3000));
        }
        try (SummitStore store = SummitStore.open(location()).store()) {
            assertThat(store.templates().onHost(LOCAL)).extracting(IndexedTemplate::name)
                    .containsExactly("Alpine-base", "web-base");
            assertThat(store.templates().onHost(OTHER)).extracting(IndexedTemplate::name).containsExactly("db-base");
            assertThat(store.templates().onHost(LOCAL).get(0).osId()).contains("debian12");
        }
    }

    @Test
    void unmarkingRemovesOnlyThatTemplate() {
        try (SummitStore store = SummitStore.open(location()).store()) {
            store.templates().put(template(LOCAL, "u-1", "a", 1000));
            store.templates().put(template(LOCAL, "u-2", "b", 1000));

            assertThat(store.templates().remove(LOCAL, "u-1")).isTrue();
            assertThat(store.templates().remove(LOCAL, "u-1")).isFalse();
            assertThat(store.templates().onHost(LOCAL)).extracting(IndexedTemplate::uuid).containsExactly("u-2");
        }
    }

    @Test
    void aHostsReportReplacesItsRowsAndKeepsWhenEachWasFirstMarked() {
        try (SummitStore store = SummitStore.open(location()).store()) {
            store.templates().put(template(LOCAL, "u-1", "old-name", 1000));
            store.templates().put(template(LOCAL, "gone", "unmarked-elsewhere", 1000));
            store.templates().put(template(OTHER, "u-9", "other-host", 1000));

            store.templates().replaceHost(LOCAL, List.of(
                    template(LOCAL, "u-1", "renamed", 5000),
                    template(LOCAL, "u-new", "fresh", 6000)));

            assertThat(store.templates().onHost(LOCAL))
                    .containsExactly(template(LOCAL, "u-new", "fresh", 6000), template(LOCAL, "u-1", "renamed", 1000));
            assertThat(store.templates().onHost(OTHER)).hasSize(1);
        }
    }

    @Test
    void aReportNamingAnotherHostIsRefusedAndChangesNothing() {
        try (SummitStore store = SummitStore.open(location()).store()) {
            store.templates().put(template(LOCAL, "u-1", "a", 1000));

            assertThatThrownBy(() -> store.templates().replaceHost(LOCAL, List.of(template(OTHER, "u-9", "x", 1))))
                    .hasMessage("Template x belongs to " + OTHER + ", not " + LOCAL + ".");
            assertThat(store.templates().onHost(LOCAL)).extracting(IndexedTemplate::uuid).containsExactly("u-1");
        }
    }
}
