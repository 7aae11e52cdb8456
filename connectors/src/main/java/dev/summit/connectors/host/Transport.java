package dev.summit.connectors.host;

/** How libvirt reaches the host; LOCAL talks to the daemon on this machine. */
public enum Transport {
    LOCAL(null, "Local", 0),
    SSH("ssh", "SSH", 22),
    TLS("tls", "TLS", 16514),
    TCP("tcp", "TCP (unencrypted)", 16509),
    CUSTOM(null, "Custom URI", 0);

    private final String suffix;
    private final String label;
    private final int defaultPort;

    Transport(String suffix, String label, int defaultPort) {
        this.suffix = suffix;
        this.label = label;
        this.defaultPort = defaultPort;
    }

    /** The "+ssh" part of "qemu+ssh://"; null for local and custom. */
    public String suffix() {
        return suffix;
    }

    public String label() {
        return label;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public boolean isRemote() {
        return suffix != null;
    }
}
