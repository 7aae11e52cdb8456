package dev.summit.connectors.inventory;

/**
 * What a guest is configured with, as the list shows it.
 *
 * @param vcpus        virtual CPUs (0 when not known yet)
 * @param maxMemoryKiB configured memory
 */
public record GuestSizing(int vcpus, long maxMemoryKiB) {
}
