package dev.summit.connectors.xml;

import java.util.List;

/**
 * One {@code <disk>} of a domain, as far as deciding whether deleting the guest may delete it.
 *
 * @param device       disk, cdrom, floppy or lun
 * @param type         file, block, volume, network, dir
 * @param source       the file or device path; for type volume "pool/volume"; null when empty
 * @param target       the guest-side name (vda, sdb…)
 * @param readOnly     marked {@code <readonly/>}
 * @param shareable    marked {@code <shareable/>}
 * @param backingFiles paths in its {@code <backingStore>} chain, nearest first
 */
public record DomainDisk(String device, String type, String source, String target, boolean readOnly,
                         boolean shareable, List<String> backingFiles) {
    public DomainDisk {
        backingFiles = List.copyOf(backingFiles);
    }

    public boolean isVolumeReference() {
        return "volume".equals(type);
    }
}
