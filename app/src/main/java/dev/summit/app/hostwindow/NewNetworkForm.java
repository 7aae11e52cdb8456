package dev.summit.app.hostwindow;

import dev.summit.connectors.network.DhcpRange;
import dev.summit.connectors.network.Ipv4Subnet;
import dev.summit.connectors.network.Ipv6Subnet;
import dev.summit.connectors.network.NetworkExtras;
import dev.summit.connectors.network.NetworkMode;
import dev.summit.connectors.network.NetworkRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The New Network dialog's fields as text, turned into a request or into every sentence saying
 * which field is wrong. Blank optional fields mean "none".
 */
record NewNetworkForm(String name, NetworkMode mode, String ipv4, DhcpFields dhcp, String forward, String domain,
                      String ipv6, boolean autostart) {

    /** The DHCP check box and the range's two ends as typed. */
    record DhcpFields(boolean enabled, String first, String last) {
    }

    /** The request, or the problems (never both). */
    record Outcome(NetworkRequest request, List<String> problems) {
    }

    Outcome read() {
        List<String> problems = new ArrayList<>();
        Ipv4Subnet subnet = parse(problems, () -> Ipv4Subnet.parse(ipv4));
        DhcpRange range = dhcp.enabled() ? parse(problems, () -> DhcpRange.parse(dhcp.first().strip() + "-" + dhcp.last().strip())) : null;
        Ipv6Subnet six = blank(ipv6) ? null : parse(problems, () -> Ipv6Subnet.parse(ipv6));
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        return new Outcome(new NetworkRequest(name.strip(), mode, subnet, range,
                new NetworkExtras(blank(forward) ? null : forward.strip(), blank(domain) ? null : domain.strip(),
                six, null), autostart), List.of());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static <T> T parse(List<String> problems, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }
}
