package dev.summit.app.cli;

import dev.summit.connectors.jna.DhcpLeases.Lease;
import dev.summit.connectors.network.NetworkSummary;
import dev.summit.connectors.network.NetworkUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How {@code summit net list} and {@code summit net leases} print, as a table or as JSON. */
final class NetOutput {
    private NetOutput() {
    }

    static String networksTable(List<NetworkSummary> networks) {
        int width = Math.max(4, networks.stream().mapToInt(n -> n.name().length()).max().orElse(4));
        String row = "%-" + width + "s  %-8s  %-9s  %-8s  %-18s  %-31s  %s%n";
        StringBuilder text = new StringBuilder(String.format(row, "NAME", "STATE", "AUTOSTART", "MODE", "SUBNET",
                "DHCP", "GUESTS"));
        for (NetworkSummary n : networks) {
            text.append(String.format(row, n.name(), n.state(), n.autostart() ? "yes" : "no", n.definition().modeLabel(),
                    n.definition().subnets().isEmpty() ? "-" : n.definition().subnets(),
                    n.definition().dhcp() == null ? "-" : n.definition().dhcp().toString(), guests(n.users())));
        }
        return text.toString();
    }

    /** "fuji (running), kita". */
    static String guests(List<NetworkUser> users) {
        if (users.isEmpty()) {
            return "-";
        }
        return String.join(", ", users.stream().map(u -> u.guest() + (u.running() ? " (running)" : "")).toList());
    }

    static List<Object> networksJson(List<NetworkSummary> networks) {
        List<Object> list = new ArrayList<>();
        for (NetworkSummary n : networks) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", n.name());
            m.put("active", n.active());
            m.put("autostart", n.autostart());
            m.put("persistent", n.persistent());
            m.put("mode", n.definition().modeLabel());
            m.put("bridge", n.definition().bridge());
            m.put("ipv4", n.definition().ipv4().stream().map(s -> (Object) s.cidr()).toList());
            m.put("ipv6", n.definition().ipv6().stream().map(s -> (Object) s.cidr()).toList());
            m.put("dhcp", n.definition().dhcp() == null ? null : n.definition().dhcp().toString());
            m.put("forward", n.definition().forwardDevice().isEmpty() ? null : n.definition().forwardDevice());
            m.put("domain", n.definition().domain().isEmpty() ? null : n.definition().domain());
            List<Object> users = new ArrayList<>();
            for (NetworkUser user : n.users()) {
                Map<String, Object> u = new LinkedHashMap<>();
                u.put("guest", user.guest());
                u.put("running", user.running());
                users.add(u);
            }
            m.put("guests", users);
            list.add(m);
        }
        return list;
    }

    static String leasesTable(List<Lease> leases) {
        String row = "%-19s  %-43s  %-20s  %s%n";
        StringBuilder text = new StringBuilder(String.format(row, "MAC", "ADDRESS", "HOSTNAME", "EXPIRES"));
        for (Lease lease : leases) {
            text.append(String.format(row, lease.mac(), lease.address() + "/" + lease.prefix(),
                    lease.hostname().isEmpty() ? "-" : lease.hostname(), expiry(lease)));
        }
        return text.toString();
    }

    static String expiry(Lease lease) {
        return lease.expiryEpochSeconds() <= 0 ? "never" : Instant.ofEpochSecond(lease.expiryEpochSeconds()).toString();
    }

    static List<Object> leasesJson(List<Lease> leases) {
        List<Object> list = new ArrayList<>();
        for (Lease lease : leases) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("mac", lease.mac());
            m.put("address", lease.address());
            m.put("prefix", lease.prefix());
            m.put("family", lease.ipv4() ? "ipv4" : "ipv6");
            m.put("hostname", lease.hostname().isEmpty() ? null : lease.hostname());
            m.put("expires", lease.expiryEpochSeconds() <= 0 ? null : expiry(lease));
            list.add(m);
        }
        return list;
    }
}
