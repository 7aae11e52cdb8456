package dev.summit.connectors.migrate;

/** virDomainMigrateFlags, as libvirt numbers them. */
final class MigrationFlags {
    static final int LIVE = 1;
    static final int PEER2PEER = 1 << 1;
    static final int TUNNELLED = 1 << 2;
    static final int PERSIST_DEST = 1 << 3;
    static final int UNDEFINE_SOURCE = 1 << 4;
    static final int PAUSED = 1 << 5;
    static final int NON_SHARED_DISK = 1 << 6;
    static final int NON_SHARED_INC = 1 << 7;
    static final int UNSAFE = 1 << 9;
    static final int OFFLINE = 1 << 10;
    static final int COMPRESSED = 1 << 11;
    /** Abort when a disk reports an I/O error during the copy, rather than carry on with a broken disk. */
    static final int ABORT_ON_ERROR = 1 << 12;
    static final int AUTO_CONVERGE = 1 << 13;
    static final int POSTCOPY = 1 << 15;

    private MigrationFlags() {
    }
}
