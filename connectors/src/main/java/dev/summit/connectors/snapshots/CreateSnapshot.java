package dev.summit.connectors.snapshots;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFlags;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainSnapshot;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a snapshot of the kind {@link SnapshotPlanner} chooses. The screen for its thumbnail is not
 * part of it: libvirt takes a screenshot under the guest's job, so it cannot overlap the snapshot and
 * costs 0.2–0.5 s here; callers fetch it right after ({@link GuestScreenshot#apply}), once the user
 * has been told the snapshot is taken.
 */
public final class CreateSnapshot {
    private static final Logger LOG = LoggerFactory.getLogger(CreateSnapshot.class);

    /**
     * @param why      why this kind, in the user's words
     * @param quiesced the guest agent froze the file systems for it
     */
    public record Created(Snapshot snapshot, String why, boolean quiesced) {
    }

    private CreateSnapshot() {
    }

    public static CompletableFuture<Created> apply(HostSession host, String uuid, String guestName, SnapshotRequest request) {
        return host.submit("take a snapshot of", guestName, conn -> create(conn, uuid, request));
    }

    public static Created create(Connect conn, String uuid, SnapshotRequest request) throws LibvirtException {
        Domain domain = conn.domainLookupByUUIDString(uuid);
        // libvirt would only queue behind a migration's job and fail half a minute later with a lock timeout.
        boolean running = RevertSnapshot.running(RevertSnapshot.refuseWhileBusy(conn, domain, uuid));
        String xml = domain.getXMLDesc(running ? 0 : 2);
        SnapshotPlan plan = SnapshotPlanner.plan(request, domain.getName(), xml, running, SnapshotTree.read(domain),
                LocalDateTime.now());
        int flags = plan.kind().external() ? LibvirtFlags.SnapshotCreate.ATOMIC : 0;
        if (plan.kind() == SnapshotKind.EXTERNAL_DISK_ONLY) {
            flags |= LibvirtFlags.SnapshotCreate.DISK_ONLY;
        }
        boolean quiesce = running && plan.kind() == SnapshotKind.EXTERNAL_DISK_ONLY && hasAgentChannel(xml) && agentAnswers(domain);
        DomainSnapshot made;
        try {
            made = domain.snapshotCreateXML(plan.xml(), quiesce ? flags | LibvirtFlags.SnapshotCreate.QUIESCE : flags);
        } catch (LibvirtException e) {
            if (!quiesce) {
                throw e;
            }
            // The agent answered a ping but could not freeze (no fsfreeze support): take it unfrozen.
            LOG.warn("quiesced snapshot of {} refused ({}); taking it without", domain.getName(), e.getMessage());
            quiesce = false;
            made = domain.snapshotCreateXML(plan.xml(), flags);
        }
        try {
            return new Created(SnapshotXml.parse(made.getXMLDesc(), true), plan.why(), quiesce);
        } finally {
            made.free();
        }
    }

    /** Without the agent's channel there is nothing to ask (libvirt would refuse the ping, a round trip for nothing). */
    static boolean hasAgentChannel(String domainXml) {
        return domainXml.contains("org.qemu.guest_agent.0");
    }

    private static boolean agentAnswers(Domain domain) {
        try {
            domain.qemuAgentCommand("{\"execute\":\"guest-ping\"}", 2, 0);
            return true;
        } catch (LibvirtException e) {
            return false;
        }
    }
}
