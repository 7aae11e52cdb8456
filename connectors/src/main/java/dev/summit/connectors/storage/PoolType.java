package dev.summit.connectors.storage;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of pool Summit makes, with what each needs from the user. Target directories are
 * probed and made only for the kinds that mount or hold files there.
 */
public enum PoolType {
    DIR("dir", "Directory on the host", false, false, false),
    FS("fs", "Block device with a filesystem", false, false, true),
    NETFS("netfs", "Network filesystem (NFS, GlusterFS)", true, true, false),
    ISCSI("iscsi", "iSCSI target (host's kernel initiator)", true, false, true),
    ISCSI_DIRECT("iscsi-direct", "iSCSI target (libiscsi, no kernel initiator)", true, false, true),
    LOGICAL("logical", "LVM volume group", false, false, false);

    private final String libvirtName;
    private final String description;
    private final boolean needsSourceHost;
    private final boolean needsSourcePath;
    private final boolean needsSourceDevice;

    PoolType(String libvirtName, String description, boolean needsSourceHost, boolean needsSourcePath,
             boolean needsSourceDevice) {
        this.libvirtName = libvirtName;
        this.description = description;
        this.needsSourceHost = needsSourceHost;
        this.needsSourcePath = needsSourcePath;
        this.needsSourceDevice = needsSourceDevice;
    }

    public String libvirtName() {
        return libvirtName;
    }

    public String description() {
        return description;
    }

    public boolean needsSourceHost() {
        return needsSourceHost;
    }

    public boolean needsSourcePath() {
        return needsSourcePath;
    }

    /** For iSCSI the "device" is the target's IQN; for fs the block device. */
    public boolean needsSourceDevice() {
        return needsSourceDevice;
    }

    /** A directory on the host that Summit checks is empty (or makes) and may remove again. */
    public boolean hasTargetDirectory() {
        return this == DIR || this == FS || this == NETFS;
    }

    /** A target path the user gives; iSCSI-direct has none, iSCSI and LVM have fixed ones. */
    public boolean takesTarget() {
        return this != ISCSI_DIRECT;
    }

    /** The target when none is given: where libvirt puts these devices. */
    public String defaultTarget(String poolName) {
        return switch (this) {
            case ISCSI -> "/dev/disk/by-path";
            case LOGICAL -> "/dev/" + poolName;
            default -> null;
        };
    }

    public static Optional<PoolType> parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (PoolType type : values()) {
            if (type.libvirtName.equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return libvirtName;
    }
}
