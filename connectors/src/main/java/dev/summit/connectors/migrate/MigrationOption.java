package dev.summit.connectors.migrate;

/** The admin's yes-or-no choices for one migration; a {@link MigrationRequest} holds the set chosen. */
public enum MigrationOption {
    /** Keep the guest's definition on the source (shut off there afterwards). */
    KEEP_SOURCE,
    /** Define the guest on the destination, not only run it there. */
    PERSISTENT,
    /** Leave the guest paused on arrival. */
    KEEP_PAUSED,
    /** Let QEMU slow the guest's vCPUs when its memory changes faster than the copy. */
    AUTO_CONVERGE,
    /** Switch to the destination early and fetch the remaining pages on demand. */
    POST_COPY,
    COMPRESSED,
    /** The source daemon talks to the destination itself; {@link #TUNNELLED} implies it. */
    PEER_TO_PEER,
    /** The copy travels inside libvirt's own connection. */
    TUNNELLED,
    /** The admin's override: libvirt skips its own storage safety checks. */
    UNSAFE
}
