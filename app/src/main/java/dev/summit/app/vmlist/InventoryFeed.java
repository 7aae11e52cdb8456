package dev.summit.app.vmlist;

import dev.summit.connectors.inventory.HostInventory;
import dev.summit.connectors.inventory.InventoryListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Carries snapshots from the host workers to the FX thread. Only the newest snapshot per host is
 * kept, and at most one hand-over is queued at a time, so a burst of a thousand events costs the
 * window one update, and an idle host costs it nothing (no timer runs).
 */
public final class InventoryFeed implements InventoryListener {
    private final Executor fxThread;
    private final Consumer<HostInventory> apply;
    private final Map<String, HostInventory> latest = new ConcurrentHashMap<>();
    private final AtomicBoolean queued = new AtomicBoolean();

    /**
     * @param fxThread {@code Platform::runLater} in the app; a direct executor in tests
     * @param apply    what to do with each newest snapshot, on {@code fxThread}
     */
    public InventoryFeed(Executor fxThread, Consumer<HostInventory> apply) {
        this.fxThread = fxThread;
        this.apply = apply;
    }

    @Override
    public void inventoryChanged(HostInventory inventory) {
        latest.put(inventory.uri(), inventory);
        if (queued.compareAndSet(false, true)) {
            fxThread.execute(this::drain);
        }
    }

    private void drain() {
        queued.set(false);
        List<String> uris = new ArrayList<>(latest.keySet());
        for (String uri : uris) {
            HostInventory inventory = latest.remove(uri);
            if (inventory != null) {
                apply.accept(inventory);
            }
        }
    }
}
