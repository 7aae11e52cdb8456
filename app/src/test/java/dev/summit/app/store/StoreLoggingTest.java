package dev.summit.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's logs name files, never URIs or their user names. slf4j-simple (the test binding)
 * writes to whatever System.err is at the time, so swapping it captures every line.
 */
class StoreLoggingTest {

    @TempDir
    Path dir;

    @Test
    void logsNeverContainUrisOrSecrets() throws IOException {
        StoreLocation location = new StoreLocation(dir.resolve("summit"));
        Files.createDirectories(location.directory());
        Files.writeString(location.databaseFile(), "not a database at all, so warnings are logged too");
        String log = capturingStandardError(() -> {
            try (SummitStore store = SummitStore.open(location).store()) {
                SavedConnection lab = store.connections().add("Lab", "qemu+ssh://alice@lab.example/system", true);
                store.connections().update(lab.withUri("qemu+ssh://alice@lab2.example/system"));
                store.connections().markConnected(lab.id(), Instant.now());
                long op = store.history().recordStart("qemu+ssh://alice@lab2.example/system", "web1", "start",
                        Instant.now());
                store.history().recordEnd(op, OperationOutcome.SUCCEEDED, null, Instant.now());
                store.preferences().put("window.width", "not a number");
                store.preferences().getInt("window.width", 800);
                assertThatThrownBy(() -> store.connections().add("Bad", "qemu+ssh://alice:hunter2@lab/system", false))
                        .isInstanceOf(IllegalArgumentException.class);
            }
        });

        assertThat(log).as("capture works").contains("summit.db");
        assertThat(log).doesNotContain("alice", "lab.example", "lab2.example", "hunter2", "not a number");
    }

    private static String capturingStandardError(Runnable work) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
