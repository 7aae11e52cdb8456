package dev.summit.connectors.console;

/**
 * The guest has no serial port or virtio console libvirt can stream (none at all, or one that
 * writes to a file or a socket). Not a failure to retry: the message says what to add.
 */
public final class NoTextConsoleException extends RuntimeException {
    NoTextConsoleException(String guestName) {
        super("'" + guestName + "' has no serial console: add a serial port of type pty (virt-manager and virsh call it"
                + " 'pty') to read and type at it here.");
    }
}
