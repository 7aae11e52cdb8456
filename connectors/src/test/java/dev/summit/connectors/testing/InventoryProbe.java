package dev.summit.connectors.testing;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.HostInventory;
import dev.summit.connectors.inventory.InventoryListener;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Records every snapshot a session publishes and waits until one satisfies a condition. */
public final class InventoryProbe implements InventoryListener {
    private final CopyOnWriteArrayList<HostInventory> seen = new CopyOnWriteArrayList<>();

    public static InventoryProbe on(HostSession session) {
        InventoryProbe probe = new InventoryProbe();
        session.addListener(probe);
        return probe;
    }

    @Override
    public synchronized void inventoryChanged(HostInventory inventory) {
        seen.add(inventory);
        notifyAll();
    }

    /** Waits for a snapshot matching {@code condition}; fails with the last one seen. */
    public synchronized HostInventory await(String what, Duration timeout, Predicate<HostInventory> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (HostInventory inventory : seen) {
                if (condition.test(inventory)) {
                    return inventory;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what + "; last snapshot: "
                        + (seen.isEmpty() ? "none" : seen.get(seen.size() - 1)));
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** Forgets what was seen, so the next await only matches snapshots published from now on. */
    public synchronized void clear() {
        seen.clear();
    }
}
