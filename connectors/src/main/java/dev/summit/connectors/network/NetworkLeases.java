package dev.summit.connectors.network;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.jna.DhcpLeases;
import dev.summit.connectors.jna.DhcpLeases.Lease;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Error;
import org.libvirt.LibvirtException;

/** The DHCP leases a running network's dnsmasq handed out, newest address order; empty for a stopped one. */
public final class NetworkLeases {
    private NetworkLeases() {
    }

    public static CompletableFuture<List<Lease>> of(HostSession host, String network) {
        return host.submit("read the DHCP leases of network", network, conn -> {
            if (conn.networkLookupByName(network).isActive() != 1) {
                return List.of();
            }
            try {
                return DhcpLeases.of(conn, network).stream().sorted(Comparator.comparing(Lease::address)).toList();
            } catch (LibvirtException e) {
                if (e.getError() != null && e.getError().getCode() == Error.ErrorNumber.VIR_ERR_NO_SUPPORT) {
                    throw new HostOperationException("This host's libvirt driver does not report DHCP leases.", e);
                }
                throw e;
            }
        });
    }
}
