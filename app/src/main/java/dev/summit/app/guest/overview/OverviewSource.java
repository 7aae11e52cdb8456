package dev.summit.app.guest.overview;

import java.util.List;

/**
 * What the Overview page needs, whatever reads it. Today {@link CurrentOverviewSource} fills it from
 * the list's summary, the figures recorded while the window is open and the guest's XML; a source
 * over the connectors' guest details and the host's stats history replaces it without touching the page.
 * FX thread only.
 */
public interface OverviewSource {
    /** The facts now; null until the first read is back. */
    OverviewFacts facts();

    /** CPU %, memory, disk and network over the last ten minutes. */
    List<GraphData> graphs();

    /** Called (FX thread) whenever facts or graphs may have changed. */
    void onChange(Runnable listener);
}
