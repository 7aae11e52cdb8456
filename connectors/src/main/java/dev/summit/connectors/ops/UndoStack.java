package dev.summit.connectors.ops;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What each step of an operation changed, undone in reverse order when a later step fails or the user cancels. */
public final class UndoStack {
    private static final Logger LOG = LoggerFactory.getLogger(UndoStack.class);

    @FunctionalInterface
    public interface Undo {
        void run() throws LibvirtException;
    }

    private record Entry(String what, Undo undo) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();

    /** @param what the thing that would be left behind, e.g. "volume fuji.qcow2" */
    public void push(String what, Undo undo) {
        entries.push(new Entry(what, undo));
    }

    /** Undoes everything; returns what could not be undone (empty when nothing is left behind). */
    public List<String> unwind() {
        List<String> left = new ArrayList<>();
        while (!entries.isEmpty()) {
            Entry entry = entries.pop();
            try {
                entry.undo().run();
            } catch (LibvirtException | RuntimeException e) {
                LOG.warn("could not undo {}: {}", entry.what(), e.getMessage());
                left.add(entry.what());
            }
        }
        return left;
    }
}
