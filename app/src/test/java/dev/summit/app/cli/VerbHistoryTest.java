package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.store.OperationOutcome;
import dev.summit.app.store.OperationRecord;
import dev.summit.app.store.SummitStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The verb's history rows: written on their own thread, with the times of the calls, all in by finish(). */
class VerbHistoryTest {
    private final SummitStore store = SummitStore.inMemory();

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void rowsAreInWithTheTimesOfTheCallsOnceFinished() throws Exception {
        AtomicReference<String> openedOn = new AtomicReference<>();
        VerbHistory history = new VerbHistory(() -> {
            openedOn.set(Thread.currentThread().getName());
            return store;
        });
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS); // the store keeps milliseconds
        long clone = history.started("qemu:///system", "fuji", "clone");
        long stop = history.started("qemu:///system", "k2", "stop");
        Instant between = Instant.now();
        Thread.sleep(20);
        history.ended(clone, true, "done");
        history.cancelled(stop, "Cancelled.");
        history.finish();

        assertThat(openedOn.get()).isEqualTo("verb-history");
        assertThat(store.history().listRecent(10)).hasSize(2).allSatisfy(row -> {
            assertThat(row.startedAt()).isBetween(before, between);
            assertThat(row.endedAt()).isAfter(between);
        }).extracting(OperationRecord::guestName, OperationRecord::outcome, OperationRecord::message)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("fuji", OperationOutcome.SUCCEEDED, "done"),
                        org.assertj.core.groups.Tuple.tuple("k2", OperationOutcome.CANCELLED, "Cancelled."));
    }

    @Test
    void aStoreThatCannotBeOpenedFailsNoOperation() {
        VerbHistory history = new VerbHistory(() -> {
            throw new IllegalStateException("disk gone");
        });
        long id = history.started("qemu:///system", "fuji", "clone");
        history.ended(id, false, "Could not make 'fuji'.");
        history.finish(); // nothing thrown, nothing hangs
    }
}
