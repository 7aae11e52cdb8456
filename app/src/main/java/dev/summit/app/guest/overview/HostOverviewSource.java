package dev.summit.app.guest.overview;

import dev.summit.app.guest.ShownGuest;
import dev.summit.app.guest.overview.OverviewFacts.MachineFacts;
import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.details.AddressSource;
import dev.summit.connectors.details.GuestAddress;
import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.details.GuestDetails;
import dev.summit.connectors.details.GuestDetailsReader;
import dev.summit.connectors.details.GuestNotes;
import dev.summit.connectors.details.GuestSetup;
import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.inventory.StatsHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.w3c.dom.Element;

/**
 * The Overview from the host: the guest's details read on its host's worker (again whenever its state
 * or autostart changes, and whenever the page asks), and its graphs from the host's stats history,
 * which already holds the last ten minutes when the window opens. FX thread only.
 */
public final class HostOverviewSource implements OverviewSource {
    private final ShownGuest guest;
    private final Executor fxThread;
    private final List<Runnable> listeners = new ArrayList<>();
    private GuestDetails details;
    private String problem = "";
    private long reads;

    /** @param fxThread where read results are handed over: {@code Platform::runLater} */
    public HostOverviewSource(ShownGuest guest, Executor fxThread) {
        this.guest = guest;
        this.fxThread = fxThread;
        guest.summaryProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || old.state() != now.state() || old.autostart() != now.autostart()) {
                reread();
            }
            changed();
        });
        guest.definitionsProperty().addListener((obs, old, now) -> changed());
        reread();
    }

    /** Reads the details off the FX thread; a read overtaken by a newer one is dropped. */
    @Override
    public void reread() {
        long mine = ++reads;
        Optional<HostSession> host = guest.host();
        if (host.isEmpty()) {
            return;
        }
        GuestDetailsReader.read(host.get(), guest.uuid()).whenCompleteAsync((read, failure) -> {
            if (mine != reads) {
                return;
            }
            problem = failure == null ? "" : TaskRunner.messageOf(failure);
            if (read != null) {
                details = read;
            }
            changed();
        }, fxThread);
    }

    @Override
    public String problem() {
        return problem;
    }

    @Override
    public OverviewFacts facts() {
        GuestSummary summary = guest.summaryProperty().get();
        if (details == null) {
            return summary == null ? null : new OverviewFacts(summary.name(), guest.uuid(), GuestNotes.NONE,
                    summary.stateLabel().toLowerCase(Locale.ROOT), MachineFacts.UNKNOWN, summary.autostart(), List.of(), "");
        }
        // The list hears a state change first; until the details are read again it is the fresher word.
        // A saved image or a template is worded as the list and summit list word it, whatever libvirt's reason.
        String state = summary != null && (summary.state() != details.state().state() || summary.managedSave()
                || summary.template()) ? summary.stateLabel().toLowerCase(Locale.ROOT) : details.state().describe();
        GuestSetup setup = details.setup();
        return new OverviewFacts(details.name(), details.uuid(), details.notes(), state,
                new MachineFacts(setup.osName(), setup.machine(), setup.firmware().name()),
                summary == null ? details.autostart() : summary.autostart(), addresses(), details.agent().label());
    }

    private List<String> addresses() {
        List<String> lines = new ArrayList<>();
        for (GuestAddress address : details.addresses().found()) {
            lines.add(address.withPrefix() + " — " + sourceWords(address));
        }
        // A source that cannot be read matters only while no other gives an address: libvirt 9.0 cannot
        // read the ARP table on some kernels, and a line saying so beside every lease is noise.
        if (lines.isEmpty()) {
            details.addresses().unreadable().forEach((source, reason) -> lines.add(source.label() + " unreadable: " + reason));
        }
        return lines;
    }

    private String sourceWords(GuestAddress address) {
        if (address.source() != AddressSource.LEASE) {
            return address.source() == AddressSource.ARP ? "ARP" : address.source().label();
        }
        String network = networkOf(address.mac());
        return network == null ? "DHCP lease" : "DHCP lease of network " + network;
    }

    /** The libvirt network the NIC with {@code mac} is plugged into, from the definition last read. */
    private String networkOf(String mac) {
        GuestDefinitions read = guest.definitionsProperty().get();
        if (read == null || mac.isEmpty()) {
            return null;
        }
        Definition current = read.current();
        for (Element nic : Definition.children(current.devices(), "interface")) {
            Element macElement = Definition.child(nic, "mac");
            Element source = Definition.child(nic, "source");
            if (macElement != null && source != null && mac.equalsIgnoreCase(Definition.attribute(macElement, "address"))) {
                String network = Definition.attribute(source, "network");
                return network == null || network.isEmpty() ? null : network;
            }
        }
        return null;
    }

    @Override
    public List<GraphData> graphs() {
        StatsHistory.Series history = guest.host().map(h -> h.history(guest.uuid())).orElse(StatsHistory.Series.EMPTY);
        GuestSummary summary = guest.summaryProperty().get();
        return HistoryGraphs.of(Objects.requireNonNull(history), summary == null ? 0 : summary.maxMemoryKiB());
    }

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
