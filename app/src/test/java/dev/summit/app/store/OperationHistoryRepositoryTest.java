package dev.summit.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OperationHistoryRepositoryTest {

    private static final Instant T0 = Instant.parse("2024-06-01T12:00:00.250Z");

    private final SummitStore store = SummitStore.inMemory();
    private final OperationHistoryRepository history = store.history();

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void startThenEndIsOneCompleteRow() {
        long id = history.recordStart("qemu:///system", "web1", "clone", T0);

        assertThat(history.listRecent(1)).singleElement().satisfies(row -> {
            assertThat(row.running()).isTrue();
            assertThat(row.endedAt()).isNull();
        });

        history.recordEnd(id, OperationOutcome.FAILED, "Not enough space in pool 'default'.", T0.plusSeconds(3));

        assertThat(history.listRecent(1)).containsExactly(new OperationRecord(id, T0, T0.plusSeconds(3),
                "qemu:///system", "web1", "clone", OperationOutcome.FAILED, "Not enough space in pool 'default'."));
    }

    @Test
    void recentListIsNewestFirstAndLimited() {
        history.recordStart("qemu:///system", "a", "start", T0);
        history.recordStart("qemu:///system", null, "evacuate", T0.plusSeconds(20));
        history.recordStart("qemu:///system", "c", "delete", T0.plusSeconds(10));

        assertThat(history.listRecent(2)).extracting(OperationRecord::operation).containsExactly("evacuate", "delete");
        assertThat(history.listRecent(0)).isEmpty();
    }

    @Test
    void endingTwiceOrAnUnknownIdIsAnError() {
        long id = history.recordStart("qemu:///system", "web1", "start", T0);
        history.recordEnd(id, OperationOutcome.SUCCEEDED, null, T0);

        assertThatThrownBy(() -> history.recordEnd(id, OperationOutcome.FAILED, "late", T0))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> history.recordEnd(4242, OperationOutcome.FAILED, null, T0))
                .isInstanceOf(IllegalStateException.class);
        assertThat(history.listRecent(1).get(0).outcome()).isEqualTo(OperationOutcome.SUCCEEDED);
    }

    @Test
    void operationsCutShortByACrashAreClosedAsInterrupted() throws Exception {
        long finished = history.recordStart("qemu:///system", "a", "start", T0);
        history.recordEnd(finished, OperationOutcome.SUCCEEDED, null, T0.plusSeconds(1));
        history.recordStart("qemu:///system", "b", "migrate", T0.plusSeconds(2), endedProcess());

        int closed = history.closeUnfinished(T0.plusSeconds(60), "Summit stopped while this ran.");

        assertThat(closed).isEqualTo(1);
        assertThat(history.listRecent(10)).extracting(OperationRecord::outcome)
                .containsExactly(OperationOutcome.INTERRUPTED, OperationOutcome.SUCCEEDED);
    }

    @Test
    void aWindowStartingBesideARunningVerbLeavesTheVerbsOperationRunning() throws Exception {
        // The build's JVM stands in for a `summit clone` still copying in another process.
        OperationOwner runningVerb = OperationOwner.of(ProcessHandle.current().parent().orElseThrow());
        history.recordStart("qemu:///system", "web1", "clone", T0, runningVerb);
        history.recordStart("qemu:///system", "web2", "clone", T0.plusSeconds(1), endedProcess());
        OperationOwner samePidLater = new OperationOwner(runningVerb.pid(), T0);
        history.recordStart("qemu:///system", "web3", "clone", T0.plusSeconds(2), samePidLater);

        int closed = history.closeUnfinished(T0.plusSeconds(60), "Summit stopped while this ran.");

        assertThat(closed).as("the ended process's row, and the row of an earlier process with the same pid").isEqualTo(2);
        assertThat(history.listRecent(10)).extracting(OperationRecord::guestName, OperationRecord::outcome)
                .containsExactly(tuple("web3", OperationOutcome.INTERRUPTED), tuple("web2", OperationOutcome.INTERRUPTED),
                        tuple("web1", null));
    }

    @Test
    void rowsWrittenBeforeOwnersWereRecordedCountAsCutShort() {
        long id = history.recordStart("qemu:///system", "old", "migrate", T0);
        store.database().write("forget the owner as the first schema did", c -> {
            try (var clear = c.prepareStatement("UPDATE operation_history SET owner_pid = NULL, owner_started_at = NULL")) {
                return clear.executeUpdate();
            }
        });

        assertThat(history.closeUnfinished(T0.plusSeconds(60), "Summit stopped while this ran.")).isEqualTo(1);
        assertThat(history.listRecent(1).get(0).id()).isEqualTo(id);
        assertThat(history.listRecent(1).get(0).outcome()).isEqualTo(OperationOutcome.INTERRUPTED);
    }

    private static OperationOwner endedProcess() throws Exception {
        Process java = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        OperationOwner owner = OperationOwner.of(java.toHandle());
        java.waitFor();
        return owner;
    }

    @Test
    void hostUriWithASecretIsRefused() {
        assertThatThrownBy(() -> history.recordStart("qemu+ssh://root:hunter2@host/system", "a", "start", T0))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("hunter2");
        assertThat(history.listRecent(10)).isEmpty();
    }
}
