package dev.summit.connectors.storage;

import dev.summit.connectors.xml.XmlTree;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.w3c.dom.Element;

/**
 * The {@code <pool>} definition for a {@link PoolSpec}, built through the DOM so user text is
 * escaped by construction. A pool whose directory (or volume group) Summit makes gets a UUID derived
 * from its name and target: that is how a later delete knows, on any host and from the window or the
 * CLI alike, that the directory is Summit's to remove — libvirt's pool XML has no metadata element.
 */
public final class PoolXml {
    private PoolXml() {
    }

    public static String of(PoolSpec spec, UUID uuid) {
        XmlTree xml = XmlTree.withRoot("pool");
        Element pool = xml.root();
        pool.setAttribute("type", spec.type().libvirtName());
        xml.addText(pool, "name", spec.name());
        xml.addText(pool, "uuid", uuid.toString());
        Element source = xml.add(pool, "source");
        switch (spec.type()) {
            case DIR -> {
            }
            case FS -> {
                xml.add(source, "device", "path", spec.sourceDevice());
                xml.add(source, "format", "type", "auto");
            }
            case NETFS -> {
                addHost(xml, source, spec.sourceHost());
                String format = PoolSpec.blank(spec.sourceFormat()) ? "nfs" : spec.sourceFormat();
                // GlusterFS names a volume, not a directory; libvirt's netfs pool takes it as <dir>.
                xml.add(source, "dir", "path", spec.sourcePath());
                xml.add(source, "format", "type", format);
            }
            case ISCSI -> {
                addHost(xml, source, spec.sourceHost());
                xml.add(source, "device", "path", spec.sourceDevice());
            }
            case ISCSI_DIRECT -> {
                addHost(xml, source, spec.sourceHost());
                xml.add(source, "device", "path", spec.sourceDevice());
                xml.add(xml.add(source, "initiator"), "iqn", "name", spec.initiatorIqn());
            }
            case LOGICAL -> {
                if (!PoolSpec.blank(spec.sourceDevice())) {
                    xml.add(source, "device", "path", spec.sourceDevice());
                }
                xml.addText(source, "name", spec.name());
                xml.add(source, "format", "type", "lvm2");
            }
        }
        if (spec.type().takesTarget()) {
            xml.addText(xml.add(pool, "target"), "path", spec.effectiveTarget());
        }
        return xml.serialize();
    }

    /** The UUID that marks "Summit made this pool's directory or volume group". */
    public static UUID madeBySummit(String name, String target) {
        return UUID.nameUUIDFromBytes(("summit made the storage of pool " + name + " at " + target)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void addHost(XmlTree xml, Element source, String hostAndPort) {
        String host = hostAndPort.strip();
        String port = null;
        int colon = host.lastIndexOf(':');
        // host:port, but not a bare IPv6 address (more than one colon without brackets).
        if (colon > 0 && (host.indexOf(':') == colon || host.startsWith("["))) {
            port = host.substring(colon + 1);
            host = host.substring(0, colon);
        }
        host = host.replace("[", "").replace("]", "");
        xml.add(source, "host", "name", host, "port", port);
    }
}
