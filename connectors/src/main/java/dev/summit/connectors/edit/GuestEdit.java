package dev.summit.connectors.edit;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * One change to a guest, in two halves that {@link GuestEditor} calls in a fixed order: first the
 * definition the guest boots with (checked and changed in place), then, for a running guest, the
 * same change made live. An edit never defines or reads the domain itself: the editor does, so
 * live-versus-persistent is decided in one place.
 */
public interface GuestEdit {
    /** What the edit does, for the history and messages: "set current memory to 512 MiB". */
    String describe();

    /**
     * Checks the edit against the host and the guest, then changes {@code next}, the persistent
     * definition, in place. Throws {@link EditRefused} when it cannot be made, before touching the
     * tree. {@code live} is the running guest's definition, or null when it is not running.
     */
    void edit(Definition next, Definition live, EditContext context);

    /**
     * Makes the change on the running guest, after {@link #edit} succeeded. Returns {@link Live#DONE},
     * or {@link Live#NOT_LIVE} when this kind of change only takes effect at boot (libvirt or the
     * hypervisor cannot do it live); a libvirt failure propagates and the editor restores the
     * definition it had before.
     */
    Live applyLive(Domain domain, Definition live, EditContext context) throws LibvirtException;

    /**
     * Takes back what {@link #applyLive} did on the running guest, from {@code live}, the running
     * guest's definition read before it. {@link EditBatch} calls it for the parts already made live
     * when a later part fails, so the guest is left as it was. The edits that can be batched (memory,
     * vCPUs, pinning, title and description) implement it; the rest are only ever applied alone.
     */
    default void undoLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
        throw new UnsupportedOperationException("cannot take back '" + describe() + "' on a running guest");
    }

    /** Whether {@link #undoLive} can be relied on; a batch makes these live before the others. */
    default boolean liveUndoable() {
        return false;
    }

    /** Whether the change also goes into the definition; false for live-only changes (link state). */
    default boolean persistent() {
        return true;
    }

    /**
     * Whether the definition is checked against libvirt's schema before it is defined: for XML a
     * user wrote. Typed edits write only what the schema allows (their golden files pass
     * virt-xml-validate), and the check costs each edit more than the edit itself.
     */
    default boolean schemaChecked() {
        return false;
    }

    /** What {@link #applyLive} did. */
    enum Live {
        DONE,
        NOT_LIVE
    }
}
