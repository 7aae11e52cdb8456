package dev.summit.connectors.ops;

/**
 * A guest that was created and started, with what it was made from.
 *
 * @param resources  what it got; a disk size of 0 when its disk was copied from a template
 * @param volumePath its system disk, null when it has none
 */
public record CreatedGuest(String name, String uuid, String osName, String osId, GuestResources resources,
                           String volumePath, String xml) {
}
