package dev.summit.connectors.host;

/**
 * The libvirt flag values Summit passes, numbered as libvirt's headers number them, each group named
 * after its libvirt enum. libvirt-java 0.5.4 lacks most of them; keeping them here means a value is
 * written once and checked once against the header.
 */
public final class LibvirtFlags {
    private LibvirtFlags() {
    }

    /** virDomainXMLFlags, for {@code getXMLDesc}. */
    public static final class XmlDesc {
        /** With passwords (a VNC password survives a copy or a redefine). */
        public static final int SECURE = 1;
        /** The persistent definition rather than the running one. */
        public static final int INACTIVE = 1 << 1;
        public static final int INACTIVE_SECURE = INACTIVE | SECURE;

        private XmlDesc() {
        }
    }

    /** virDomainModificationImpact: which definition a change applies to. */
    public static final class Affect {
        public static final int LIVE = 1;
        public static final int CONFIG = 1 << 1;
        /** virDomainDeviceModifyFlags' FORCE: change a CD/DVD whose tray the guest holds locked. */
        public static final int FORCE = 1 << 2;

        private Affect() {
        }
    }

    /** virDomainUndefineFlagsValues. */
    public static final class Undefine {
        public static final int MANAGED_SAVE = 1;
        public static final int SNAPSHOTS_METADATA = 1 << 1;
        public static final int NVRAM = 1 << 2;

        private Undefine() {
        }
    }

    /** virDomainMetadataType. */
    public static final class Metadata {
        public static final int DESCRIPTION = 0;
        public static final int TITLE = 1;

        private Metadata() {
        }
    }

    /** virDomainStatsTypes: the groups Summit asks {@code virConnectGetAllDomainStats} for. */
    public static final class StatsTypes {
        public static final int STATE = 1;
        public static final int CPU_TOTAL = 1 << 1;
        public static final int BALLOON = 1 << 2;
        public static final int VCPU = 1 << 3;
        public static final int INTERFACE = 1 << 4;
        public static final int BLOCK = 1 << 5;

        /** What the guest list shows: state, CPU, memory, disk and network rates. */
        public static final int LIST = STATE | CPU_TOTAL | BALLOON | VCPU | INTERFACE | BLOCK;

        private StatsTypes() {
        }
    }

    /** virConnectListAllDomainsFlags. */
    public static final class ListDomains {
        public static final int INACTIVE = 1 << 1;
        public static final int MANAGEDSAVE = 1 << 8;
        public static final int AUTOSTART = 1 << 10;

        private ListDomains() {
        }
    }

    /** virDomainSnapshotCreateFlags. */
    public static final class SnapshotCreate {
        public static final int REDEFINE = 1;
        public static final int CURRENT = 1 << 1;
        public static final int NO_METADATA = 1 << 2;
        public static final int DISK_ONLY = 1 << 4;
        public static final int REUSE_EXT = 1 << 5;
        public static final int QUIESCE = 1 << 6;
        public static final int ATOMIC = 1 << 7;

        private SnapshotCreate() {
        }
    }

    /** virDomainSnapshotXMLFlags. */
    public static final class SnapshotXmlDesc {
        public static final int SECURE = 1;

        private SnapshotXmlDesc() {
        }
    }

    /** virDomainSnapshotDeleteFlags. */
    public static final class SnapshotDelete {
        public static final int CHILDREN = 1;
        public static final int METADATA_ONLY = 1 << 1;

        private SnapshotDelete() {
        }
    }

    /** virDomainBlockCommitFlags and virDomainBlockJobAbortFlags. */
    public static final class BlockJob {
        public static final int COMMIT_ACTIVE = 1 << 2;
        public static final int ABORT_PIVOT = 1 << 1;

        private BlockJob() {
        }
    }

    /** virStoragePoolBuildFlags. */
    public static final class PoolBuild {
        public static final int NO_OVERWRITE = 1 << 2;

        private PoolBuild() {
        }
    }

    /** virDomainMigrateFlags. */
    public static final class Migrate {
        public static final int LIVE = 1;
        public static final int PEER2PEER = 1 << 1;
        public static final int TUNNELLED = 1 << 2;
        public static final int PERSIST_DEST = 1 << 3;
        public static final int UNDEFINE_SOURCE = 1 << 4;
        public static final int PAUSED = 1 << 5;
        public static final int NON_SHARED_DISK = 1 << 6;
        public static final int NON_SHARED_INC = 1 << 7;
        public static final int UNSAFE = 1 << 9;
        public static final int OFFLINE = 1 << 10;
        public static final int COMPRESSED = 1 << 11;
        /** Abort when a disk reports an I/O error during the copy, rather than carry on with a broken disk. */
        public static final int ABORT_ON_ERROR = 1 << 12;
        public static final int AUTO_CONVERGE = 1 << 13;
        public static final int POSTCOPY = 1 << 15;

        private Migrate() {
        }
    }
}
