package dev.summit.connectors.inventory;

/**
 * Told about every new snapshot of a host. Called on that host's worker thread: do not block,
 * hand the snapshot over (the app coalesces them and applies the newest once per pulse).
 */
@FunctionalInterface
public interface InventoryListener {
    void inventoryChanged(HostInventory inventory);
}
