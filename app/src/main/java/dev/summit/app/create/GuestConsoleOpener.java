package dev.summit.app.create;

import dev.summit.app.SummitServices;
import dev.summit.app.vmlist.GuestRow;
import dev.summit.app.vmlist.HostRow;
import java.util.Optional;
import javafx.collections.ListChangeListener;

/**
 * Opens a just-created guest's console. The guest reaches the list through the host's inventory
 * events, possibly after the operation has returned, so wait for its row rather than guess.
 */
final class GuestConsoleOpener {
    private GuestConsoleOpener() {
    }

    static void openWhenListed(SummitServices services, String uri, String name) {
        Optional<GuestRow> row = services.model().guest(uri, name);
        if (row.isPresent()) {
            services.guestWindows().open(row.get());
            return;
        }
        Optional<HostRow> host = services.model().host(uri);
        if (host.isEmpty()) {
            return;
        }
        host.get().guests().addListener(new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends GuestRow> change) {
                Optional<GuestRow> now = services.model().guest(uri, name);
                if (now.isPresent()) {
                    host.get().guests().removeListener(this);
                    services.guestWindows().open(now.get());
                }
            }
        });
    }
}
