package dev.summit.connectors.xml;

/** How much of the host a new guest gets. */
public record GuestSize(long memoryMiB, int vcpus) {
}
