package dev.summit.connectors.network;

/** One reason a new network cannot be made as asked, tied to the field that has to change. */
public record NetworkProblem(Field field, String message) {
    /** The dialog field or {@code summit net create} option where it can be fixed. */
    public enum Field { NAME, MODE, IPV4, DHCP, FORWARD, DOMAIN, IPV6, BRIDGE }
}
