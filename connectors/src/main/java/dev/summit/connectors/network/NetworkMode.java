package dev.summit.connectors.network;

import java.util.Locale;

/** How a virtual network reaches beyond the host, as {@code summit net create --mode} names it. */
public enum NetworkMode {
    /** Guests reach out through the host's address; nothing reaches them from outside. */
    NAT("nat", "nat"),
    /** The host routes the subnet; the outside network needs a route back to it. */
    ROUTED("routed", "route"),
    /** Guests reach each other and the host only. */
    ISOLATED("isolated", null),
    /** Routed, with no firewall rules added by libvirt: the administrator's own rules apply. */
    OPEN("open", "open");

    private final String label;
    /** libvirt's {@code <forward mode>}, null for none. */
    private final String forwardMode;

    NetworkMode(String label, String forwardMode) {
        this.label = label;
        this.forwardMode = forwardMode;
    }

    public String label() {
        return label;
    }

    String forwardMode() {
        return forwardMode;
    }

    /** Whether a forward device (the host interface traffic leaves through) means anything here. */
    public boolean forwards() {
        return this == NAT || this == ROUTED;
    }

    public static NetworkMode parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (NetworkMode mode : values()) {
            if (mode.label.equals(wanted)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Unknown network mode '" + text + "': use nat, routed, isolated or open.");
    }

    /** From libvirt's {@code <forward mode>} ("" or null: isolated); other modes (bridge, hostdev…) give null. */
    static NetworkMode ofForward(String forwardMode) {
        if (forwardMode == null || forwardMode.isEmpty()) {
            return ISOLATED;
        }
        for (NetworkMode mode : values()) {
            if (forwardMode.equals(mode.forwardMode)) {
                return mode;
            }
        }
        return null;
    }
}
