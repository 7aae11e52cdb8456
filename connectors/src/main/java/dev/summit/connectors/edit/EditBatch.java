package dev.summit.connectors.edit;

import java.util.ArrayList;
import java.util.List;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * Several edits made as one: each checks and changes the same definition in turn, so one refusal
 * leaves the guest's definition as it was and the rest are not tried; one define; then each live
 * half in order. {@code summit edit --memory … --vcpus …} and a page's Apply with several fields go
 * through here. After {@link GuestEditor} applied it, {@link #outcomes} says when each part takes effect.
 */
public final class EditBatch implements GuestEdit {
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
        for (GuestEdit part : parts) {
            results.add(part.applyLive(domain, live, context));
        }
        return results.contains(Live.DONE) ? Live.DONE : Live.NOT_LIVE;
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
            if (!running || i >= results.size() || results.get(i) == Live.NOT_LIVE) {
                effect = Effect.NEXT_BOOT;
            } else {
                effect = part.persistent() ? Effect.NOW_AND_NEXT_BOOT : Effect.NOW_ONLY;
            }
            outcomes.add(new EditOutcome(part.describe(), effect));
        }
        return outcomes;
    }
}
