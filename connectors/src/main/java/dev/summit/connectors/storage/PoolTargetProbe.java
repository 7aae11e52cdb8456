package dev.summit.connectors.storage;

import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.xml.XmlTree;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;

/**
 * Looks at a directory on the host through libvirt itself — a short-lived transient directory pool
 * over it — so the check works the same on a remote host as on this one: missing, empty, or holding
 * files (which a new pool must not take over).
 */
final class PoolTargetProbe {
    sealed interface Found {
    }

    record Missing() implements Found {
    }

    record Empty() implements Found {
    }

    record NotEmpty(int entries) implements Found {
    }

    /** Something else: not a directory, in use by another pool… with libvirt's reason. */
    record Refused(String reason) implements Found {
    }

    private PoolTargetProbe() {
    }

    static Found probe(Connect conn, String directory) throws LibvirtException {
        XmlTree xml = XmlTree.withRoot("pool");
        xml.root().setAttribute("type", "dir");
        xml.addText(xml.root(), "name", "summit-probe-" + Long.toHexString(System.nanoTime()));
        xml.addText(xml.add(xml.root(), "target"), "path", directory);
        StoragePool probe;
        try {
            probe = conn.storagePoolCreateXML(xml.serialize(), 0);
        } catch (LibvirtException e) {
            String reason = LibvirtFailure.reason(e);
            if (reason.contains("No such file or directory")) {
                return new Missing();
            }
            return new Refused(reason);
        }
        try {
            int entries = probe.numOfVolumes();
            return entries == 0 ? new Empty() : new NotEmpty(entries);
        } finally {
            probe.destroy(); // a transient pool is gone once stopped
        }
    }
}
