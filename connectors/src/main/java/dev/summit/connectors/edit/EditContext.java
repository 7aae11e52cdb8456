package dev.summit.connectors.edit;

import java.util.List;
import java.util.function.Supplier;

/**
 * What an edit is checked against: the host's CPUs and memory and the other guests' definitions
 * (for disk paths and MAC addresses already in use), read lazily since most edits need neither.
 *
 * @param guestName     the guest edited
 * @param guestUuid     its UUID
 * @param running       whether it runs now (live changes are attempted)
 * @param hostCpus      logical CPUs of the host (pinning targets are 0 … hostCpus-1)
 * @param hostMemoryKiB the host's memory
 * @param maxVcpus      the hypervisor's limit of vCPUs for one guest of this type
 * @param otherGuests   every other guest's persistent definition on this host
 * @param host          the host's connection and the edit's undo and follow-up work ({@link HostAccess#none()}
 *                      for edits of the definition alone)
 */
public record EditContext(String guestName, String guestUuid, boolean running, int hostCpus, long hostMemoryKiB,
                          int maxVcpus, Supplier<List<Definition>> otherGuests, HostAccess host) {
    /** A context without a host, for edits that only look at the definition. */
    public EditContext(String guestName, String guestUuid, boolean running, int hostCpus, long hostMemoryKiB,
                       int maxVcpus, Supplier<List<Definition>> otherGuests) {
        this(guestName, guestUuid, running, hostCpus, hostMemoryKiB, maxVcpus, otherGuests, HostAccess.none());
    }
}
