package dev.summit.app.vmlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.inventory.GuestSizing;
import dev.summit.connectors.host.HostStatus;
import dev.summit.connectors.inventory.GuestState;
import dev.summit.connectors.inventory.GuestStats;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.inventory.HostInventory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VmListViewModelTest {
    private static final String URI = "test:///x";

    private static GuestSummary guest(String uuid, String name, GuestState state, double cpu) {
        return new GuestSummary(uuid, name, state, new GuestSizing(1, 1024), false, false, new GuestStats(cpu, 512,
                0, 0), false);
    }

    private static HostInventory snapshot(GuestSummary... guests) {
        Map<String, GuestSummary> map = new HashMap<>();
        for (GuestSummary g : guests) {
            map.put(g.uuid(), g);
        }
        return new HostInventory(URI, new HostStatus.Connected("QEMU", "h"), map);
    }

    @Test
    void rowsAreUpdatedInPlaceAddedAndDropped() {
        VmListViewModel model = new VmListViewModel();
        HostRow host = model.addHost(URI, "Lab");
        model.apply(snapshot(guest("1", "fuji", GuestState.RUNNING, 10), guest("2", "k2", GuestState.SHUT_OFF, 0)));
        GuestRow fuji = host.guest("1");

        model.apply(snapshot(guest("1", "fuji", GuestState.PAUSED, 0), guest("3", "eiger", GuestState.RUNNING, 5)));

        assertThat(host.guest("1")).as("same row object, so selection survives").isSameAs(fuji);
        assertThat(fuji.stateProperty().get()).isEqualTo(GuestState.PAUSED);
        assertThat(host.guests()).extracting(GuestRow::toString).containsExactlyInAnyOrder("fuji", "eiger");
        assertThat(host.statusProperty().get().describe()).isEqualTo("connected");
    }

    @Test
    void theFilterMatchesAnyPartOfTheNameInAnyCase() {
        VmListViewModel model = new VmListViewModel();
        HostRow host = model.addHost(URI, "Lab");
        model.apply(snapshot(guest("1", "Matterhorn", GuestState.RUNNING, 0), guest("2", "k2", GuestState.RUNNING, 0)));

        model.filterProperty().set("HORN");
        assertThat(host.visibleGuests()).extracting(GuestRow::toString).containsExactly("Matterhorn");
        model.filterProperty().set("");
        assertThat(host.visibleGuests()).hasSize(2);
    }

    @Test
    void theSparklineKeepsTheLastSamples() {
        VmListViewModel model = new VmListViewModel();
        HostRow host = model.addHost(URI, "Lab");
        for (int i = 0; i < GuestRow.HISTORY + 5; i++) {
            model.apply(snapshot(guest("1", "fuji", GuestState.RUNNING, i)));
        }
        double[] history = host.guest("1").cpuHistoryProperty().get();
        assertThat(history).hasSize(GuestRow.HISTORY);
        assertThat(history[history.length - 1]).isEqualTo(GuestRow.HISTORY + 4);
    }

    @Test
    void aBurstOfSnapshotsReachesTheWindowOnceWithTheNewest() {
        List<Runnable> queued = new ArrayList<>();
        List<HostInventory> applied = new ArrayList<>();
        InventoryFeed feed = new InventoryFeed(queued::add, applied::add);
        for (int i = 0; i < 1000; i++) {
            feed.inventoryChanged(snapshot(guest("1", "fuji", GuestState.RUNNING, i % 100)));
        }
        assertThat(queued).hasSize(1);
        queued.get(0).run();
        assertThat(applied).hasSize(1);
        assertThat(applied.get(0).guests().get("1").stats().cpuPercent()).isEqualTo(99);
    }
}
