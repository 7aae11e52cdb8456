package dev.summit.connectors.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * A pool to make, as the user gave it. {@link #problems()} is everything wrong with it that can be
 * seen without asking the host.
 *
 * @param target       the directory (dir, fs, netfs) or device directory; null for the type's default
 * @param sourceHost   NFS server or iSCSI portal, {@code host} or {@code host:port}
 * @param sourcePath   the NFS export or Gluster volume
 * @param sourceDevice fs: the block device; iSCSI: the target's IQN; logical: a device to make the volume group on
 * @param sourceFormat netfs: nfs (default) or glusterfs
 */
public record PoolSpec(String name, PoolType type, String target, String sourceHost, String sourcePath,
                       String sourceDevice, String sourceFormat, boolean autostart) {
    public static PoolSpec directory(String name, String target) {
        return new PoolSpec(name, PoolType.DIR, target, null, null, null, null, true);
    }

    /** The target libvirt is given: the user's, else the type's default. */
    public String effectiveTarget() {
        return blank(target) ? type.defaultTarget(name) : target.strip();
    }

    /** iSCSI initiators need a name of their own; one per pool, derived from it. */
    public String initiatorIqn() {
        return "iqn.2026-12.dev.summit:" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (blank(name)) {
            problems.add("A pool needs a name.");
        } else if (name.contains("/") || name.strip().length() != name.length()) {
            problems.add("A pool's name cannot contain '/' or start or end with a space: '" + name + "'.");
        }
        if (type == null) {
            problems.add("A pool needs a type: dir, fs, netfs, iscsi, iscsi-direct or logical.");
            return problems;
        }
        String effective = name == null ? target : effectiveTarget();
        if (type.takesTarget() && blank(effective)) {
            problems.add(article() + " " + type + " pool needs a target: the directory on the host, such as /var/lib/libvirt/" + name + ".");
        } else if (type.takesTarget() && !effective.startsWith("/")) {
            problems.add("The target must be an absolute path on the host: '" + effective + "'.");
        }
        if (!type.takesTarget() && !blank(target)) {
            problems.add("An iscsi-direct pool has no target path: its volumes are reached over the network.");
        }
        if (type.needsSourceHost() && blank(sourceHost)) {
            problems.add(article() + " " + type + " pool needs a source host (" + (type == PoolType.NETFS ? "the file server" : "the iSCSI portal") + ").");
        } else if (!blank(sourceHost) && !sourceHost.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
            problems.add("The source host is not a host name or address: '" + sourceHost + "'.");
        }
        if (type.needsSourcePath() && blank(sourcePath)) {
            problems.add("A netfs pool needs a source path: the export on the server, such as /srv/nfs/images.");
        }
        if (type.needsSourceDevice() && blank(sourceDevice)) {
            problems.add(type == PoolType.FS ? "An fs pool needs a source device: the block device, such as /dev/sdb1."
                    : "An " + type + " pool needs a source device: the target's IQN, such as iqn.2026-01.com.example:disks.");
        }
        if (type == PoolType.NETFS && !blank(sourceFormat) && !List.of("nfs", "glusterfs", "cifs").contains(sourceFormat)) {
            problems.add("A netfs pool's format is nfs, glusterfs or cifs, not '" + sourceFormat + "'.");
        }
        return problems;
    }

    private String article() {
        return type == PoolType.FS || type == PoolType.ISCSI || type == PoolType.ISCSI_DIRECT ? "An" : "A";
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
