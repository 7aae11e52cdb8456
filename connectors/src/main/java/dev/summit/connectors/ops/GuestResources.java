package dev.summit.connectors.ops;

/**
 * The size asked for a new guest; zero for any of them means "what osinfo recommends for the OS".
 *
 * @param diskBytes the new disk's capacity
 */
public record GuestResources(long memoryMiB, int vcpus, long diskBytes) {
    public static final GuestResources RECOMMENDED = new GuestResources(0, 0, 0);
}
