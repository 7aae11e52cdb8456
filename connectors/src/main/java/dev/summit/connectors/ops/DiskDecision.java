package dev.summit.connectors.ops;

/**
 * What deleting a guest does with one of its disks, and why.
 *
 * @param target the guest-side name (vda…)
 * @param source the path or pool/volume
 * @param remove true when the disk is the guest's own and may go with it
 * @param why    the reason, in words for the confirmation dialog
 */
public record DiskDecision(String target, String source, boolean remove, String why) {
}
