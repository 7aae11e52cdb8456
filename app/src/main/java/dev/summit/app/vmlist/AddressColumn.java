package dev.summit.app.vmlist;

import dev.summit.connectors.details.HostLeases;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.TreeTableColumn;
import javafx.util.Duration;

/**
 * Keeps the list's IP column filled while it is shown: every ten seconds each connected host reads
 * its networks' DHCP leases in one pass on its own worker (see {@link HostLeases}), and the answers
 * land on the FX thread. Hidden, it costs nothing. FX thread only.
 */
public final class AddressColumn {
    public static final String MENU_ID = "menu-ip-column";
    private static final Duration EVERY = Duration.seconds(10);

    private final VmListViewModel model;
    private final HostEngine engine;
    private final Executor fxThread;
    /** By session, so a host connected again gets a reader over its new session. */
    private final Map<HostSession, HostLeases> leases = new HashMap<>();
    private final Timeline refreshing = new Timeline(new KeyFrame(EVERY, e -> refresh()));

    AddressColumn(VmListViewModel model, HostEngine engine, Executor fxThread) {
        this.model = model;
        this.engine = engine;
        this.fxThread = fxThread;
        refreshing.setCycleCount(Animation.INDEFINITE);
    }

    /** Wires the column of {@code window}'s table and adds its View menu entry; call before the window shows. */
    public static void install(MainWindow window, VmListViewModel model, HostEngine engine) {
        TreeTableColumn<ListRow, ?> column = window.tableView().getColumns().stream()
                .filter(c -> GuestTable.IP_COLUMN.equals(c.getText())).findFirst().orElseThrow();
        AddressColumn feed = new AddressColumn(model, engine, Platform::runLater);
        column.visibleProperty().addListener((obs, was, shown) -> feed.shown(shown));
        feed.shown(column.isVisible());
        CheckMenuItem item = new CheckMenuItem("IP Address Column");
        item.setId(MENU_ID);
        item.selectedProperty().bindBidirectional(column.visibleProperty());
        window.addToViewMenu(item);
    }

    void shown(boolean shown) {
        if (shown) {
            refresh();
            refreshing.play();
        } else {
            refreshing.stop();
        }
    }

    /** One read per connected host; a host that fails keeps its last addresses until the next round. */
    void refresh() {
        List<HostSession> sessions = new ArrayList<>();
        for (HostRow host : model.hosts()) {
            Optional<HostSession> session = engine.session(host.uri());
            if (session.isEmpty()) {
                continue;
            }
            sessions.add(session.get());
            HostLeases reader = leases.computeIfAbsent(session.get(), HostLeases::new);
            reader.firstIpv4ByGuest().thenAcceptAsync(byGuest -> {
                for (GuestRow guest : host.guests()) {
                    guest.ipv4Property().set(byGuest.getOrDefault(guest.uuid(), ""));
                }
            }, fxThread);
        }
        leases.keySet().retainAll(sessions);
    }
}
