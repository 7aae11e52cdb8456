package dev.summit.app.vmlist;

import dev.summit.connectors.inventory.GuestState;
import dev.summit.connectors.inventory.GuestSummary;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One guest line of the list. Updated in place from each new summary, so selection, scroll
 * position and sorting survive the updates; only the cells whose value changed repaint.
 */
public final class GuestRow implements ListRow {
    /** Samples kept for the CPU sparkline: one a stats interval, two minutes at the default 2 s. */
    static final int HISTORY = 60;
    /** Why a template's Start is greyed out, and what to do instead; on its state and on the Start button. */
    public static final String TEMPLATE_NEVER_STARTS = "A template never starts: its disks are what its clones read."
            + " Make a guest from it with Guest → New Guest from Template….";

    private final String hostUri;
    private final String uuid;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
    private final ObjectProperty<GuestSummary> summary = new SimpleObjectProperty<>();
    private final ObjectProperty<GuestState> state = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper stateLabel = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper template = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final DoubleProperty cpuPercent = new SimpleDoubleProperty();
    private final LongProperty memoryKiB = new SimpleLongProperty();
    private final DoubleProperty diskBytesPerSec = new SimpleDoubleProperty();
    private final DoubleProperty netBytesPerSec = new SimpleDoubleProperty();
    private final ObjectProperty<double[]> cpuHistory = new SimpleObjectProperty<>(new double[0]);
    private final javafx.beans.property.StringProperty ipv4 = new javafx.beans.property.SimpleStringProperty("");

    GuestRow(String hostUri, GuestSummary guest) {
        this.hostUri = hostUri;
        this.uuid = guest.uuid();
        update(guest);
    }

    void update(GuestSummary guest) {
        GuestSummary before = summary.get();
        summary.set(guest);
        name.set(guest.name());
        state.set(guest.state());
        stateLabel.set(guest.stateLabel());
        template.set(guest.template() && !guest.state().isActive());
        cpuPercent.set(guest.stats().cpuPercent());
        long used = guest.stats().memoryKiB() > 0 ? guest.stats().memoryKiB() : guest.maxMemoryKiB();
        memoryKiB.set(guest.state().isActive() ? used : 0);
        diskBytesPerSec.set(guest.stats().diskBytesPerSec());
        netBytesPerSec.set(guest.stats().netBytesPerSec());
        if (!guest.state().isActive()) {
            ipv4.set("");
        }
        if (before == null || before.stats() != guest.stats()) {
            appendCpu(guest.state().isActive() ? guest.stats().cpuPercent() : 0);
        }
    }

    private void appendCpu(double percent) {
        double[] old = cpuHistory.get();
        int keep = Math.min(old.length, HISTORY - 1);
        double[] next = new double[keep + 1];
        System.arraycopy(old, old.length - keep, next, 0, keep);
        next[keep] = percent;
        cpuHistory.set(next);
    }

    public String hostUri() {
        return hostUri;
    }

    public String uuid() {
        return uuid;
    }

    public GuestSummary summary() {
        return summary.get();
    }

    @Override
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ObjectProperty<GuestState> stateProperty() {
        return state;
    }

    /** The state as the list words it: "Template", "Shut off (saved)", "Running"… */
    public ReadOnlyStringProperty stateLabelProperty() {
        return stateLabel.getReadOnlyProperty();
    }

    /** A template: it never starts, and is cloned instead. */
    public javafx.beans.property.ReadOnlyBooleanProperty templateProperty() {
        return template.getReadOnlyProperty();
    }

    public boolean isTemplate() {
        return template.get();
    }

    public DoubleProperty cpuPercentProperty() {
        return cpuPercent;
    }

    public LongProperty memoryKiBProperty() {
        return memoryKiB;
    }

    public DoubleProperty diskBytesPerSecProperty() {
        return diskBytesPerSec;
    }

    public DoubleProperty netBytesPerSecProperty() {
        return netBytesPerSec;
    }

    /** The first IPv4 address its host's DHCP leases give it; "" while unknown or not running. */
    public javafx.beans.property.StringProperty ipv4Property() {
        return ipv4;
    }

    public ObjectProperty<double[]> cpuHistoryProperty() {
        return cpuHistory;
    }

    @Override
    public String toString() {
        return name.get();
    }
}
