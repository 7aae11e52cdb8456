package dev.summit.connectors.ops;

import dev.summit.connectors.osinfo.OsEntry;
import java.net.URI;
import java.util.Optional;

/**
 * A network install found at a tree's URL: the installer's kernel and initrd, what its kernel
 * command line needs to find the rest of the tree, the OS (detected or chosen; generic when
 * neither), and the sums the tree's {@code .treeinfo} gives for the kernel and initrd (null when it
 * gives none), which the downloaded copies must match.
 */
public record NetInstall(String treeUrl, URI kernel, URI initrd, String cmdline, OsEntry os,
                         InstallerChecksum kernelChecksum, InstallerChecksum initrdChecksum) {

    /** A tree whose files come with no sums to check them against. */
    public NetInstall(String treeUrl, URI kernel, URI initrd, String cmdline, OsEntry os) {
        this(treeUrl, kernel, initrd, cmdline, os, null, null);
    }

    /** Whether the kernel and initrd are checked against the tree's sums once downloaded. */
    public boolean verified() {
        return kernelChecksum != null && initrdChecksum != null;
    }

    /**
     * What the user should know about trusting what is fetched: a plain-http tree (a warning, not a
     * refusal), and whether the files are checked. Empty for an https tree with sums.
     */
    public Optional<String> trustWarning() {
        boolean https = "https".equalsIgnoreCase(kernel.getScheme()) && "https".equalsIgnoreCase(initrd.getScheme());
        if (https) {
            return verified() ? Optional.empty() : Optional.of("The tree gives no checksums for its kernel and initrd;"
                    + " they are trusted as https delivers them.");
        }
        return Optional.of("Not https: the installer comes over plain http, which anyone on the way could change"
                + (verified() ? "; its kernel and initrd are checked against the " + kernelChecksum.algorithm()
                + " sums in .treeinfo, which came the same way." : ", and the tree gives no checksums to check it against."));
    }
}
