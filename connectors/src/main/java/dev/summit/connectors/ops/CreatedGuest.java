package dev.summit.connectors.ops;

/** A guest that was created and started, with what it was made from. */
public record CreatedGuest(String name, String uuid, String osName, String osId, long memoryMiB, int vcpus,
                           String volumePath, long diskBytes, String xml) {
}
