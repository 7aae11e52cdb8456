package dev.summit.connectors.xml;

/** Where a new guest's network card plugs in. */
public sealed interface NicChoice {
    /** A libvirt virtual network, e.g. "default" (NAT). */
    record Network(String name) implements NicChoice {
    }

    /** A bridge on the host, e.g. br0, so the guest sits on the host's LAN. */
    record Bridge(String name) implements NicChoice {
    }

    /** No network card at all. */
    record None() implements NicChoice {
    }

    /** "none", a network's name, or "bridge:br0", as the command line writes it. */
    static NicChoice parse(String text) {
        if (text == null || text.isBlank() || "none".equals(text)) {
            return new None();
        }
        return text.startsWith("bridge:") ? new Bridge(text.substring("bridge:".length())) : new Network(text);
    }
}
