package dev.summit.connectors.edit;

import java.util.ArrayList;
import java.util.List;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several edits made as one: each checks and changes the same definition in turn, so one refusal
 * leaves the guest's definition as it was and the rest are not tried; one define; then each live
 * half in order, those already made taken back if a later one fails. {@code summit edit --memory …
 * --vcpus …} and a page's Apply with several fields go through here. After {@link GuestEditor} applied it, {@link #outcomes} says when each part takes effect.
 */
public final class EditBatch implements GuestEdit {
    private static final Logger LOG = LoggerFactory.getLogger(EditBatch.class);
    private final List<GuestEdit> parts;
    private final List<Live> results = new ArrayList<>();
    private boolean running;

    public EditBatch(List<GuestEdit> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("an edit batch needs at least one edit");
        }
        this.parts = List.copyOf(parts);
    }

    public List<GuestEdit> parts() {
        return parts;
    }

    @Override
    public String describe() {
        return String.join("; ", parts.stream().map(GuestEdit::describe).toList());
    }

    @Override
    public void edit(Definition next, Definition live, EditContext context) {
        running = live != null;
        for (GuestEdit part : parts) {
            part.edit(next, live, context);
        }
    }

    @Override
    public Live applyLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
        results.clear();
        parts.forEach(part -> results.add(null));
        // The parts that can be taken back go first: a failure among the others then has fewer to undo.
        List<Integer> order = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).liveUndoable() == (pass == 0)) {
                    order.add(i);
                }
            }
        }
        for (int i : order) {
            try {
                results.set(i, parts.get(i).applyLive(domain, live, context));
            } catch (LibvirtException | RuntimeException e) {
                undoDone(domain, live, context, order, e);
                throw e;
            }
        }
        return results.contains(Live.DONE) ? Live.DONE : Live.NOT_LIVE;
    }

    /**
     * A later part failed: the parts already made live are taken back, last first, so the running
     * guest is as it was when the editor restores its definition. A part that cannot be taken back
     * is named in the failure, not hidden.
     */
    private void undoDone(Domain domain, Definition live, EditContext context, List<Integer> order, Exception failure) {
        for (int at = order.size() - 1; at >= 0; at--) {
            int i = order.get(at);
            if (results.get(i) != Live.DONE) {
                continue;
            }
            GuestEdit part = parts.get(i);
            try {
                part.undoLive(domain, live, context);
            } catch (LibvirtException | RuntimeException e) {
                LOG.warn("after '{}' failed, the running guest keeps '{}': {}", failure.getMessage(), part.describe(),
                        e.getMessage());
                failure.addSuppressed(new IllegalStateException("the running guest keeps '" + part.describe()
                        + "': " + e.getMessage(), e));
            }
        }
        results.clear();
    }

    @Override
    public boolean persistent() {
        return parts.stream().anyMatch(GuestEdit::persistent);
    }

    /** When each part takes effect; call after the batch was applied. */
    public List<EditOutcome> outcomes() {
        List<EditOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            GuestEdit part = parts.get(i);
            Effect effect;
            if (!running || i >= results.size() || results.get(i) != Live.DONE) {
                effect = Effect.NEXT_BOOT;
            } else {
                effect = part.persistent() ? Effect.NOW_AND_NEXT_BOOT : Effect.NOW_ONLY;
            }
            outcomes.add(new EditOutcome(part.describe(), effect));
        }
        return outcomes;
    }
}
