package dev.summit.connectors.xml;

/**
 * The files a new guest boots from.
 *
 * @param diskPath   the new or existing disk image (null for a diskless guest)
 * @param diskFormat its format, "qcow2" or "raw" (null without a disk)
 * @param isoPath    install media (null for none)
 */
public record GuestMedia(String diskPath, String diskFormat, String isoPath) {
    public GuestMedia withDiskPath(String path) {
        return new GuestMedia(path, diskFormat, isoPath);
    }
}
