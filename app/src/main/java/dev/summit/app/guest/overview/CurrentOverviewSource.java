package dev.summit.app.guest.overview;

import dev.summit.app.guest.ShownGuest;
import dev.summit.app.guest.overview.OverviewFacts.AgentLink;
import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.inventory.GuestStats;
import dev.summit.connectors.inventory.GuestSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The Overview filled from what Summit has today: the list's summary (state, autostart, the stats
 * of each sample, recorded from when the window opened) and the guest's definitions. IP addresses
 * come only from the definition until the connectors' guest details (leases, agent, ARP) are wired in.
 */
public final class CurrentOverviewSource implements OverviewSource {
    private final ShownGuest guest;
    private final LongSupplier clock;
    private final StatsRecorder recorder = new StatsRecorder();
    private final List<Runnable> listeners = new ArrayList<>();
    private GuestStats lastRecorded;

    /** @param clock epoch milliseconds, {@code System::currentTimeMillis} outside tests */
    public CurrentOverviewSource(ShownGuest guest, LongSupplier clock) {
        this.guest = guest;
        this.clock = clock;
        guest.summaryProperty().addListener((obs, old, now) -> {
            record(now);
            changed();
        });
        guest.definitionsProperty().addListener((obs, old, now) -> changed());
        record(guest.summaryProperty().get());
    }

    private void record(GuestSummary summary) {
        // The same stats object arrives again with every other change of the list; count each sample once.
        if (summary != null && summary.state().isActive() && summary.stats() != lastRecorded) {
            lastRecorded = summary.stats();
            GuestStats stats = summary.stats();
            if (stats.memoryKiB() <= 0) {
                // No balloon figure: the guest holds what it was given, as the list shows it too.
                stats = new GuestStats(stats.cpuPercent(), summary.maxMemoryKiB(), stats.diskBytesPerSec(), stats.netBytesPerSec());
            }
            recorder.add(clock.getAsLong(), stats);
        }
    }

    @Override
    public OverviewFacts facts() {
        GuestSummary summary = guest.summaryProperty().get();
        GuestDefinitions read = guest.definitionsProperty().get();
        if (summary == null && read == null) {
            return null;
        }
        Definition persistent = read == null ? null : read.persistent();
        return new OverviewFacts(
                summary != null ? summary.name() : Definition.childText(persistent.root(), "name"),
                persistent == null ? "" : DefinitionFacts.title(persistent),
                persistent == null ? "" : DefinitionFacts.description(persistent),
                guest.uuid(),
                summary == null ? null : summary.state(),
                read == null ? "" : DefinitionFacts.os(read.current()),
                read == null ? "" : DefinitionFacts.machine(read.current()),
                read == null ? "" : DefinitionFacts.firmware(read.current()),
                summary != null && summary.autostart(),
                read == null ? List.of() : DefinitionFacts.addresses(read.current()),
                read == null ? AgentLink.UNKNOWN : DefinitionFacts.agent(read.live()));
    }

    @Override
    public List<GraphData> graphs() {
        return recorder.graphs();
    }

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
