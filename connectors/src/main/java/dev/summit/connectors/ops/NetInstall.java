package dev.summit.connectors.ops;

import dev.summit.connectors.osinfo.OsEntry;
import java.net.URI;

/**
 * A network install found at a tree's URL: the installer's kernel and initrd, what its kernel
 * command line needs to find the rest of the tree, and the OS (detected or chosen; generic when neither).
 */
public record NetInstall(String treeUrl, URI kernel, URI initrd, String cmdline, OsEntry os) {
}
