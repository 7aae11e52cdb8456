package dev.summit.connectors.osinfo;

import java.util.List;
import java.util.Set;

/**
 * One {@code <os>} of osinfo-db, as far as creating a guest needs it. Resources and devices are the
 * entry's own; {@link OsInfoDb} resolves what it inherits.
 *
 * @param id          the full id, e.g. http://debian.org/debian/11 (what the guest's metadata records)
 * @param shortIds    e.g. debian11, debianbullseye; the first is the one users type
 * @param parents     ids this one derives from or clones, nearest first
 * @param deviceIds   ids of the devices it has drivers for (PCI ids as URLs)
 */
public record OsEntry(String id, List<String> shortIds, OsLabel label, List<String> parents, OsResources minimum,
                      OsResources recommended, Set<String> deviceIds, OsMedia media) {
    /** The database's entry for an OS it does not know; always offered. */
    public static final OsEntry GENERIC = new OsEntry("http://libosinfo.org/unknown", List.of("generic"),
            new OsLabel("Generic or unknown OS", "", "", ""), List.of(), OsResources.NONE, OsResources.NONE, Set.of(),
            OsMedia.NONE);

    public OsEntry {
        shortIds = List.copyOf(shortIds);
        parents = List.copyOf(parents);
        deviceIds = Set.copyOf(deviceIds);
    }

    public String name() {
        return label.name();
    }

    public String version() {
        return label.version();
    }

    public String family() {
        return label.family();
    }

    public String distro() {
        return label.distro();
    }

    public List<IsoPattern> isos() {
        return media.isos();
    }

    public List<InstallTree> trees() {
        return media.trees();
    }

    public String shortId() {
        return shortIds.isEmpty() ? id : shortIds.get(0);
    }

    public boolean isGeneric() {
        return GENERIC.id.equals(id);
    }
}
