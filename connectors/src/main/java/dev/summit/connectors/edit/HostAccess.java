package dev.summit.connectors.edit;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.ops.UndoStack;
import java.util.ArrayList;
import java.util.List;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * The host as one edit sees it, for the edits whose work reaches beyond the definition: a disk's new
 * volume, an image deleted with its disk, a volume grown. It gives the connection (on the thread that
 * owns it), keeps what to take back when the edit then fails, and what to do once it has succeeded.
 * {@link GuestEditor} makes one per edit; {@link #none()} serves edits of the definition alone.
 */
public final class HostAccess {
    /** Work done after the definition and the running guest have the change (deleting a volume). */
    @FunctionalInterface
    public interface FollowUp {
        void run(Connect conn) throws LibvirtException;
    }

    private final Connect connection;
    private final UndoStack undos = new UndoStack();
    private final List<FollowUp> followUps = new ArrayList<>();

    private HostAccess(Connect connection) {
        this.connection = connection;
    }

    public static HostAccess of(Connect connection) {
        return new HostAccess(connection);
    }

    /** No host: an edit that asks for one is refused with a reason instead of failing obscurely. */
    public static HostAccess none() {
        return new HostAccess(null);
    }

    /** The host's connection; call only from {@link GuestEdit#edit} or {@link GuestEdit#applyLive}. */
    public Connect connection() {
        if (connection == null) {
            throw new EditRefused("This change needs the guest's host, and none is connected.");
        }
        return connection;
    }

    /** Registers how to take back something made outside the definition ("volume data.qcow2"). */
    public void undoOnFailure(String what, UndoStack.Undo undo) {
        undos.push(what, undo);
    }

    /** Registers work for after the edit succeeded; a failure there is reported, the edit itself stands. */
    public void afterSuccess(FollowUp followUp) {
        followUps.add(followUp);
    }

    /** Takes back what the failed edit made; returns what could not be taken back. */
    List<String> unwind() {
        return undos.unwind();
    }

    void finish(String what) {
        for (FollowUp followUp : followUps) {
            try {
                followUp.run(connection());
            } catch (LibvirtException e) {
                throw new HostOperationException(what + " was done, but the rest failed: "
                        + LibvirtFailure.reason(e), e);
            }
        }
    }
}
