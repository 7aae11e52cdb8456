package dev.summit.app.hosts;

import dev.summit.app.connection.ConnectionDraft;
import dev.summit.app.store.ConnectionRepository;
import dev.summit.app.store.SavedConnection;
import dev.summit.app.vmlist.HostRow;
import dev.summit.app.vmlist.VmListViewModel;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.inventory.HostInventory;
import dev.summit.connectors.inventory.InventoryListener;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The saved connections as the window sees them: rows in the list, sessions in the engine, rows in
 * SQLite. Called on the FX thread; database writes and disconnects go to background executors.
 */
public final class HostDirectory {
    private final ConnectionRepository connections;
    private final HostEngine engine;
    private final VmListViewModel model;
    private final InventoryListener feed;
    private final Executor background;
    private final Executor fxThread;
    // Read by host workers (to mark a connection as used), written on the FX thread.
    private final Map<String, SavedConnection> saved = new ConcurrentHashMap<>();

    /**
     * @param background runs database writes and disconnects (which wait for the host's worker)
     * @param fxThread   where results are applied to the list
     */
    public HostDirectory(ConnectionRepository connections, HostEngine engine, VmListViewModel model,
                         InventoryListener feed, Executor background, Executor fxThread) {
        this.connections = connections;
        this.engine = engine;
        this.model = model;
        this.feed = feed;
        this.background = background;
        this.fxThread = fxThread;
    }

    /** Lists the connections (already read from the store) and connects those marked autoconnect. */
    public void show(List<SavedConnection> list) {
        for (SavedConnection connection : list) {
            saved.put(connection.uri(), connection);
            HostRow row = model.addHost(connection.uri(), connection.displayName());
            if (connection.autoconnect()) {
                connect(connection.uri());
            } else {
                row.statusProperty().set(new HostStatus.Disconnected("not connected"));
            }
        }
    }

    /** Shows a host that is not saved (summit --connect URI). */
    public void showUnsaved(String uri, String displayName) {
        model.addHost(uri, displayName);
        connect(uri);
    }

    public void connect(String uri) {
        Optional<HostSession> open = engine.session(uri);
        if (open.isPresent()) {
            open.get().reconnectNow();
            return;
        }
        HostSession session = engine.open(uri);
        session.addListener(feed);
        session.addListener(new InventoryListener() {
            private boolean wasConnected;

            @Override
            public void inventoryChanged(HostInventory inventory) {
                boolean connected = inventory.status() instanceof HostStatus.Connected;
                SavedConnection connection = saved.get(uri);
                if (connected && !wasConnected && connection != null) {
                    background.execute(() -> connections.markConnected(connection.id(), Instant.now()));
                }
                wasConnected = connected;
            }
        });
    }

    public void disconnect(String uri) {
        background.execute(() -> engine.close(uri));
    }

    public Optional<ConnectionDraft> draftFor(String uri) {
        return Optional.ofNullable(saved.get(uri))
                .map(c -> new ConnectionDraft(c.displayName(), c.uri(), c.autoconnect()));
    }

    /** Saves and connects; fails with the store's reason (duplicate URI, a secret in it…). */
    public CompletableFuture<SavedConnection> add(ConnectionDraft draft) {
        return CompletableFuture.supplyAsync(() -> connections.add(draft.displayName(), draft.uri(), draft.autoconnect()),
                background).thenApplyAsync(connection -> {
                    saved.put(connection.uri(), connection);
                    model.addHost(connection.uri(), connection.displayName());
                    connect(connection.uri());
                    return connection;
                }, fxThread);
    }

    public CompletableFuture<SavedConnection> update(String uri, ConnectionDraft draft) {
        SavedConnection before = saved.get(uri);
        if (before == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("'" + uri + "' is not a saved connection."));
        }
        SavedConnection changed = before.withDisplayName(draft.displayName()).withUri(draft.uri())
                .withAutoconnect(draft.autoconnect());
        return CompletableFuture.supplyAsync(() -> connections.update(changed), background)
                .thenApplyAsync(stored -> {
                    saved.remove(uri);
                    saved.put(stored.uri(), stored);
                    if (stored.uri().equals(uri)) {
                        model.addHost(uri, stored.displayName());
                    } else {
                        model.removeHost(uri);
                        disconnect(uri);
                        model.addHost(stored.uri(), stored.displayName());
                        connect(stored.uri());
                    }
                    return stored;
                }, fxThread);
    }

    public void remove(String uri) {
        SavedConnection connection = saved.remove(uri);
        model.removeHost(uri);
        disconnect(uri);
        if (connection != null) {
            background.execute(() -> connections.remove(connection.id()));
        }
    }
}
