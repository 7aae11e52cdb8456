package dev.summit.connectors.osinfo;

/**
 * Where an OS's network install tree keeps its installer, as osinfo-db records it for x86_64.
 *
 * @param url             the distribution's own tree (a default for the user's URL)
 * @param kernel          the installer kernel, relative to the tree; null when the tree's .treeinfo says
 * @param initrd          its initrd, relative to the tree; null likewise
 * @param treeinfoFamily  the family a tree's .treeinfo names for this OS (e.g. "Fedora"), or null
 * @param treeinfoVersion the version it names (e.g. "37"), or null
 */
public record InstallTree(String url, String kernel, String initrd, String treeinfoFamily, String treeinfoVersion) {
}
