package dev.summit.connectors.details;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.jna.DomainStateReason;
import dev.summit.connectors.jna.StatsConnect;
import dev.summit.connectors.osinfo.OsEntry;
import dev.summit.connectors.osinfo.OsInfoDb;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainInfo;
import org.libvirt.DomainInterface;
import org.libvirt.LibvirtException;

/** Reads one guest's {@link GuestDetails}: a handful of calls, on the worker that owns the connection. */
public final class GuestDetailsReader {
    private GuestDetailsReader() {
    }

    /** Queued on the host's worker; fails with "Could not read the details of '{name}': …" when the guest is gone. */
    public static CompletableFuture<GuestDetails> read(HostSession host, String uuid) {
        GuestSummary known = host.inventory().guests().get(uuid);
        return host.submit("read the details of", known == null ? uuid : known.name(), conn -> read(conn, uuid));
    }

    /** On the thread that owns {@code conn}. */
    public static GuestDetails read(Connect conn, String uuid) throws LibvirtException {
        return read(conn, uuid, false);
    }

    /** {@code askAbsentAgent} lets a test see an agent's failure leave the other sources' answers alone. */
    static GuestDetails read(Connect conn, String uuid, boolean askAbsentAgent) throws LibvirtException {
        Domain domain = conn.domainLookupByUUIDString(uuid);
        StateWithReason state = state(conn, domain, uuid);
        DefinitionFacts facts = DefinitionFacts.of(domain.getXMLDesc(0));
        List<GuestAddress> addresses = new ArrayList<>();
        Map<AddressSource, String> unreadable = new EnumMap<>(AddressSource.class);
        if (state.state().isActive()) {
            for (AddressSource source : AddressSource.values()) {
                // Asking an absent agent only costs a timeout and an error that says nothing new.
                if (source != AddressSource.AGENT || facts.agent().connected() || askAbsentAgent) {
                    readAddresses(domain, source, addresses, unreadable);
                }
            }
        }
        return new GuestDetails(uuid, domain.getName(), new GuestNotes(facts.title(), facts.description()), state,
                new GuestSetup(facts.osId(), osName(facts.osId()), facts.machine(), facts.firmware()), domain.getAutostart(),
                facts.agent(), new GuestAddresses(addresses, unreadable));
    }

    private static StateWithReason state(Connect conn, Domain domain, String uuid) throws LibvirtException {
        if (conn instanceof StatsConnect) {
            DomainStateReason reported = DomainStateReason.read(conn, uuid);
            return StateWithReason.fromLibvirt(reported.state(), reported.reason());
        }
        // A plain libvirt-java connection has no reason to offer: the state alone.
        DomainInfo info = domain.getInfo();
        return StateWithReason.fromLibvirt(info.state.ordinal(), 0);
    }

    private static void readAddresses(Domain domain, AddressSource source, List<GuestAddress> into,
                                      Map<AddressSource, String> unreadable) {
        try {
            for (DomainInterface nic : domain.interfaceAddresses(source.libvirtValue(), 0)) {
                String mac = nic.hwAddr == null ? "" : nic.hwAddr;
                if (nic.addrs == null) {
                    continue;
                }
                for (DomainInterface.InterfaceAddress address : nic.addrs) {
                    into.add(new GuestAddress(mac, address.address.getHostAddress(), address.prefixLength, source));
                }
            }
        } catch (LibvirtException e) {
            unreadable.put(source, LibvirtFailure.reason(e));
        }
    }

    /** osinfo-db is read once per process and kept, so naming costs a map lookup after the first guest. */
    private static String osName(String osId) {
        if (osId.isEmpty()) {
            return "";
        }
        return OsInfoDb.system().find(osId).map(OsEntry::name).orElse(osId);
    }
}
