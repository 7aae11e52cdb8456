package dev.summit.connectors.osinfo;

import java.util.List;

/**
 * Where an OS installs from.
 *
 * @param isos  the patterns that recognise its install ISOs
 * @param trees its x86_64 network install trees
 */
public record OsMedia(List<IsoPattern> isos, List<InstallTree> trees) {
    public static final OsMedia NONE = new OsMedia(List.of(), List.of());

    public OsMedia {
        isos = List.copyOf(isos);
        trees = List.copyOf(trees);
    }
}
