package dev.summit.connectors.xml;

/** Where a guest's VNC server accepts clients, as libvirt's {@code <listen>} element says. */
public sealed interface VncListen {
    /**
     * A TCP listen.
     *
     * @param address the address QEMU binds, e.g. "127.0.0.1", "0.0.0.0", "::"; null when libvirt
     *                leaves it to the host's default ({@code vnc_listen} in qemu.conf, 127.0.0.1
     *                unless changed)
     * @param network the libvirt network whose address is used; null for a plain address listen
     */
    record Address(String address, String network) implements VncListen {
        /** The address a client on the host itself dials: a wildcard or default listen means loopback. */
        public String dialFromHost() {
            if (address == null || address.isBlank() || address.equals("0.0.0.0")) {
                return "127.0.0.1";
            }
            if (address.equals("::") || address.equals("[::]")) {
                return "127.0.0.1";
            }
            return address;
        }

        /** Whether only the host itself can reach it. */
        public boolean loopbackOnly() {
            String dial = dialFromHost();
            return !wildcard() && (dial.startsWith("127.") || dial.equals("::1") || dial.equals("localhost"));
        }

        /** Whether QEMU listens on every address of the host. */
        public boolean wildcard() {
            return address != null && (address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]"));
        }
    }

    /** A UNIX socket on the host; {@code path} is null until the guest runs and libvirt picks one. */
    record Socket(String path) implements VncListen {
    }

    /** No listener at all: only a descriptor handed over by libvirt reaches this display. */
    record None() implements VncListen {
    }
}
