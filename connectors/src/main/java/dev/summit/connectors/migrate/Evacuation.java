package dev.summit.connectors.migrate;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.jna.NativeGuest;
import dev.summit.connectors.jna.NativeHost;
import dev.summit.connectors.ops.CancelSignal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.libvirt.LibvirtException;

/**
 * Moves every running guest off a host, {@code parallel} at a time, each as its own
 * {@link Migration} with the options of {@code template}. Every guest's precheck runs up front; a
 * guest with a red line is not touched and keeps running where it is, listed with the reason.
 */
public final class Evacuation {
    /** One guest's fate, in the order the guests were found. */
    public record GuestResult(String name, List<PrecheckLine> blockers, MigrationOutcome outcome) {
        public boolean moved() {
            return outcome != null && outcome.moved();
        }

        public String sentence() {
            if (outcome != null) {
                return outcome.message();
            }
            return name + " stays: " + blockers.stream().map(PrecheckLine::reason).reduce((a, b) -> a + " " + b)
                    .orElse("not moved.");
        }
    }

    /** Listens to every guest's figures, told which guest each reading belongs to. */
    @FunctionalInterface
    public interface Listener {
        void progress(String guestName, JobFigures figures);
    }

    private final MigrationRequest template;
    private final int parallel;
    private final GuestsInMigration inFlight;

    /** @param template options for every guest; its guest UUID is ignored */
    public Evacuation(MigrationRequest template, int parallel, GuestsInMigration inFlight) {
        if (parallel < 1) {
            throw new IllegalArgumentException("--parallel must be at least 1, not " + parallel);
        }
        this.template = template;
        this.parallel = parallel;
        this.inFlight = inFlight;
    }

    /**
     * The running guests of the source host, name and UUID, by name.
     *
     * @throws HostOperationException when the source host cannot be read
     */
    public List<String[]> runningGuests() {
        try (NativeHost source = NativeHost.open(template.sourceUri())) {
            List<String[]> guests = new ArrayList<>();
            for (NativeGuest guest : source.runningGuests()) {
                try (guest) {
                    guests.add(new String[] {guest.name(), guest.uuid()});
                }
            }
            guests.sort(Comparator.comparing(guest -> guest[0]));
            return guests;
        } catch (LibvirtException e) {
            throw new HostOperationException("Could not list the running guests of " + template.sourceUri() + ": "
                    + LibvirtFailure.reason(e) + ".", e);
        }
    }

    /** @throws HostOperationException when the source host cannot be read */
    public List<GuestResult> run(Listener listener, CancelSignal cancel) {
        return run(listener, cancel, false);
    }

    /**
     * The same; with {@code overrideAccepted}, a guest whose only red lines may be overridden (too
     * little free memory, say) moves too, as `summit evacuate --override` asks.
     *
     * @throws HostOperationException when the source host cannot be read
     */
    public List<GuestResult> run(Listener listener, CancelSignal cancel, boolean overrideAccepted) {
        List<GuestResult> results = new ArrayList<>();
        List<Migration> movable = new ArrayList<>();
        List<String> movableNames = new ArrayList<>();
        for (String[] guest : runningGuests()) {
            Migration migration = new Migration(template.withGuest(guest[1]), inFlight);
            List<PrecheckLine> blockers;
            try {
                blockers = migration.precheck().stream().filter(line -> line.blocks(overrideAccepted)).toList();
            } catch (HostOperationException e) {
                blockers = List.of(PrecheckLine.red("Guest readable", e.getMessage(), ""));
            }
            if (blockers.isEmpty()) {
                movable.add(migration);
                movableNames.add(guest[0]);
                results.add(null);
            } else {
                results.add(new GuestResult(guest[0], blockers, null));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread thread = new Thread(r, "evacuate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<MigrationOutcome>> running = new ArrayList<>();
            for (int i = 0; i < movable.size(); i++) {
                Migration migration = movable.get(i);
                String name = movableNames.get(i);
                running.add(pool.submit(() -> migration.run(figures -> listener.progress(name, figures), cancel,
                        overrideAccepted)));
            }
            int next = 0;
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i) == null) {
                    results.set(i, new GuestResult(movableNames.get(next), List.of(), outcomeOf(running.get(next))));
                    next++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    private static MigrationOutcome outcomeOf(Future<MigrationOutcome> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a migration failed unexpectedly: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evacuating", e);
        }
    }
}
