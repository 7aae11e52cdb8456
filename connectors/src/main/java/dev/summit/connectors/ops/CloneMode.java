package dev.summit.connectors.ops;

/** How a clone gets each writable disk of its source. */
public enum CloneMode {
    /** A whole copy of the source's disk; independent of the source afterwards. */
    FULL,
    /**
     * A new qcow2 overlay whose backing file is the source's disk: made in a moment, whatever the
     * disk's size. The source's disk becomes a base that must never be written again.
     */
    LINKED,
    /**
     * The clone uses the source's own disk. Only for a disk meant to be shared (data both guests
     * read, or one only one of them will run with): two running guests writing one image corrupt it.
     */
    SHARE
}
