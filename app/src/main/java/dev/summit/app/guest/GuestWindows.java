package dev.summit.app.guest;

import dev.summit.app.console.ConsoleConnector;
import dev.summit.app.console.ConsolePane;
import dev.summit.app.console.ConsoleSession;
import dev.summit.app.console.GuestWhereabouts;
import dev.summit.app.guest.details.DetailsPane;
import dev.summit.app.guest.snapshots.SnapshotFolder;
import dev.summit.app.guest.snapshots.SnapshotsPane;
import dev.summit.app.guest.snapshots.SnapshotsViewModel;
import java.util.concurrent.Executor;
import dev.summit.app.storage.IsoLibrary;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.app.vmlist.GuestRow;
import dev.summit.app.vmlist.HostRow;
import dev.summit.app.vmlist.VmListViewModel;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.inventory.GuestState;
import dev.summit.connectors.inventory.GuestSummary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import dev.summit.console.fx.ScaleMode;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.WindowEvent;

/**
 * The open guest windows, one per guest (by UUID, so a guest keeps its window when it moves to
 * another host). Told after every applied snapshot, it tells each window where its guest is now.
 * FX thread only.
 */
public final class GuestWindows {
    private final VmListViewModel model;
    private final HostEngine engine;
    private final TaskRunner tasks;
    private final ConsoleConnector connector;
    private final Consumer<String> report;
    private final SnapshotFolder snapshotFolder;
    private final Executor files;
    private final Map<String, Open> windows = new LinkedHashMap<>();
    private final ObjectProperty<ScaleMode> lastScale = new SimpleObjectProperty<>(ScaleMode.FIT);
    private Optional<IsoLibrary> isoLibrary = Optional.empty();

    private static final class Open {
        final GuestWindow window;
        String lastHost;

        Open(GuestWindow window, String lastHost) {
            this.window = window;
            this.lastHost = lastHost;
        }
    }

    /**
     * @param snapshotFolder where snapshot thumbnails and the snapshot journal are kept
     * @param files          runs the thumbnails' file work off the FX thread
     */
    public GuestWindows(VmListViewModel model, HostEngine engine, TaskRunner tasks, ConsoleConnector connector,
                        Consumer<String> report, SnapshotFolder snapshotFolder, Executor files) {
        this.snapshotFolder = snapshotFolder;
        this.files = files;
        this.model = model;
        this.engine = engine;
        this.tasks = tasks;
        this.connector = connector;
        this.report = report;
    }

    /** The ISO library the CD/DVD pages of windows opened from now on offer images from. */
    public void useIsoLibrary(IsoLibrary library) {
        isoLibrary = Optional.of(library);
    }

    /** Shows the guest's window on its console, raising the window when one is open already. */
    public GuestWindow open(GuestRow guest) {
        Open existing = windows.get(guest.uuid());
        if (existing != null) {
            existing.window.stage().toFront();
            existing.window.stage().requestFocus();
            return existing.window;
        }
        String hostName = model.host(guest.hostUri()).map(h -> h.nameProperty().get()).orElse(guest.hostUri());
        ShownGuest shown = new ShownGuest(guest.uuid(), engine, tasks, Platform::runLater);
        isoLibrary.ifPresent(library -> shown.useIsoLibrary(library::localIsos));
        ConsolePane console = new ConsolePane(
                view -> new ConsoleSession(guest.uuid(), view, connector, engine::session), report);
        GuestWindow window = new GuestWindow(guest.nameProperty().get() + " on " + hostName, shown, console,
                new DetailsPane(shown), stage -> new SnapshotsPane(
                        new SnapshotsViewModel(shown, snapshotFolder, Platform::runLater, files), () -> stage));
        Open open = new Open(window, guest.hostUri());
        window.view().setScaleMode(lastScale.get());
        window.view().scaleModeProperty().addListener((obs, old, mode) -> lastScale.set(mode));
        windows.put(guest.uuid(), open);
        window.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> windows.remove(guest.uuid()));
        window.show();
        update(guest.uuid(), open);
        return window;
    }

    /** The scaling the next console window opens with: the one the user chose last. */
    public ObjectProperty<ScaleMode> lastScaleProperty() {
        return lastScale;
    }

    public Optional<GuestWindow> window(String guestUuid) {
        return Optional.ofNullable(windows.get(guestUuid)).map(o -> o.window);
    }

    /** Call after every applied snapshot. */
    public void modelChanged() {
        windows.forEach(this::update);
    }

    private void update(String uuid, Open open) {
        GuestWhereabouts now = whereabouts(uuid, open.lastHost);
        if (!now.isNowhere()) {
            open.lastHost = now.hostUri();
        }
        open.window.console().session().update(now);
        GuestSummary summary = now.isNowhere() ? null
                : model.host(now.hostUri()).map(h -> h.guest(uuid)).map(GuestRow::summary).orElse(null);
        open.window.guest().update(now.isNowhere() ? null : now.hostUri(), summary);
    }

    /**
     * While a guest migrates, both hosts list it: running on the source, paused on the destination
     * until the switch. Running beats paused beats stopped; among equals, the host it was on last.
     */
    GuestWhereabouts whereabouts(String uuid, String lastHost) {
        GuestWhereabouts best = GuestWhereabouts.NOWHERE;
        int bestRank = -1;
        for (HostRow host : model.hosts()) {
            GuestRow row = host.guest(uuid);
            if (row == null) {
                continue;
            }
            GuestState state = row.stateProperty().get();
            boolean connected = host.statusProperty().get() instanceof HostStatus.Connected;
            int rank = (connected ? 8 : 0) + (state == GuestState.RUNNING || state == GuestState.BLOCKED ? 4
                    : state.isActive() ? 2 : 0) + (host.uri().equals(lastHost) ? 1 : 0);
            if (rank > bestRank) {
                bestRank = rank;
                best = new GuestWhereabouts(host.uri(), state, connected);
            }
        }
        return best;
    }
}
