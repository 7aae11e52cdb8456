package dev.summit.app.guest.overview;

import java.util.List;

/**
 * What the Overview page needs, whatever reads it: {@link HostOverviewSource} reads the connectors'
 * guest details and the host's stats history. FX thread only.
 */
public interface OverviewSource {
    /** The facts now; null until the first read is back. */
    OverviewFacts facts();

    /** CPU %, memory, disk and network over the last ten minutes. */
    List<GraphData> graphs();

    /** Why the last read failed, "" when it did not. */
    String problem();

    /** Reads the facts again, off the FX thread; {@link #onChange} listeners hear when they are back. */
    void reread();

    /** Called (FX thread) whenever facts or graphs may have changed. */
    void onChange(Runnable listener);
}
