package dev.summit.connectors.edit;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.jna.ValidatedDefine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that decides live versus persistent. For every {@link GuestEdit}: read the
 * persistent definition (with secrets, so a VNC password survives), let the edit check and change a
 * copy, define the copy (schema-validated), then, if the guest runs, make the change live; if the
 * live half fails, the definition read at the start is defined again. A refused edit changes nothing.
 */
public final class GuestEditor {
    private static final Logger LOG = LoggerFactory.getLogger(GuestEditor.class);

    private GuestEditor() {
    }

    /** Applies {@code edit} to the guest on its host's worker; fails with the reason in plain words. */
    public static CompletableFuture<EditOutcome> apply(HostSession host, String uuid, GuestEdit edit) {
        String name = nameOf(host, uuid);
        CompletableFuture<EditOutcome> done = host.submit(edit.describe(), name, conn -> apply(conn, uuid, edit));
        // The row is re-read behind the answer (libvirt's define event would do it too): the caller
        // hears the outcome as soon as the guest has the change.
        done.whenComplete((ok, failure) -> host.refreshGuest(uuid));
        return done;
    }

    /** The same, on the calling thread, which must own {@code conn} (the host's worker, or a test). */
    public static EditOutcome apply(Connect conn, String uuid, GuestEdit edit) throws LibvirtException {
        Domain domain = conn.domainLookupByUUIDString(uuid);
        boolean running = domain.isActive() == 1;
        String before = domain.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE_SECURE);
        Definition next = Definition.parse(before);
        Definition live = running ? Definition.parse(domain.getXMLDesc(LibvirtFlags.XmlDesc.SECURE)) : null;
        EditContext context = context(conn, next, uuid, running);
        EditOutcome outcome;
        try {
            outcome = apply(conn, domain, edit, before, next, live, context);
        } catch (LibvirtException | RuntimeException e) {
            List<String> left = context.host().unwind();
            if (!left.isEmpty()) {
                LOG.error("after the failed edit ({}) these are left behind: {}", edit.describe(), left);
            }
            throw e;
        }
        context.host().finish(edit.describe());
        return outcome;
    }

    private static EditOutcome apply(Connect conn, Domain domain, GuestEdit edit, String before, Definition next,
                                     Definition live, EditContext context) throws LibvirtException {
        boolean running = live != null;
        edit.edit(next, live, context);
        if (edit.persistent()) {
            String after = next.serialize();
            if (!after.equals(XmlSame.normalized(before))) {
                if (edit.schemaChecked()) {
                    ValidatedDefine.define(conn, after);
                } else {
                    conn.domainDefineXML(after);
                }
            }
        }
        if (!running) {
            if (!edit.persistent()) {
                throw new EditRefused("Could not " + edit.describe() + ": the guest is not running, and this"
                        + " change only exists on a running guest.");
            }
            return new EditOutcome(edit.describe(), Effect.NEXT_BOOT);
        }
        GuestEdit.Live result;
        try {
            result = edit.applyLive(domain, live, context);
        } catch (LibvirtException | RuntimeException e) {
            restore(conn, before, edit);
            throw e;
        }
        if (result == GuestEdit.Live.NOT_LIVE) {
            return new EditOutcome(edit.describe(), Effect.NEXT_BOOT);
        }
        return new EditOutcome(edit.describe(), edit.persistent() ? Effect.NOW_AND_NEXT_BOOT : Effect.NOW_ONLY);
    }

    /** Puts the definition read before the edit back, so a failed live change leaves the guest as it was. */
    private static void restore(Connect conn, String before, GuestEdit edit) {
        if (!edit.persistent()) {
            return;
        }
        try {
            conn.domainDefineXML(before);
        } catch (LibvirtException e) {
            LOG.error("could not restore the definition after a failed live change ({}): {}", edit.describe(),
                    LibvirtFailure.reason(e));
        }
    }

    private static EditContext context(Connect conn, Definition next, String uuid, boolean running) throws LibvirtException {
        HostLimits.Limits host = HostLimits.of(conn, next.root().getAttribute("type"));
        String name = Definition.childText(next.root(), "name");
        return new EditContext(name, uuid, running, host.cpus(), host.memoryKiB(), host.maxVcpus(),
                () -> otherGuests(conn, uuid), HostAccess.of(conn));
    }

    private static List<Definition> otherGuests(Connect conn, String uuid) {
        List<Definition> others = new ArrayList<>();
        try {
            for (Domain other : conn.listAllDomains(0)) {
                try {
                    if (!other.getUUIDString().equals(uuid)) {
                        others.add(Definition.parse(other.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE)));
                    }
                } catch (LibvirtException gone) {
                    // Undefined since the listing (another client deleted it): it uses nothing any more.
                    LOG.debug("a guest went while reading the others: {}", LibvirtFailure.reason(gone));
                }
            }
        } catch (LibvirtException e) {
            throw new IllegalStateException("could not read the other guests: " + LibvirtFailure.reason(e), e);
        }
        return others;
    }

    private static String nameOf(HostSession host, String uuid) {
        var guest = host.inventory().guests().get(uuid);
        return guest == null ? uuid : guest.name();
    }
}
