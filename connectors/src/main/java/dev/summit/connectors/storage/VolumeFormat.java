package dev.summit.connectors.storage;

import dev.summit.connectors.xml.XmlTree;
import org.w3c.dom.Element;

/**
 * The {@code <format>} of a new volume's {@code <target>}. Every qcow2 Summit makes is version 3
 * (compat 1.1) with lazy refcounts, as virt-install's are: libvirt otherwise writes compat 0.10,
 * on which backups with checkpoints fail ("Cannot store dirty bitmaps in qcow2 v2 files") and
 * which lacks zero clusters.
 */
public final class VolumeFormat {
    private VolumeFormat() {
    }

    /** Adds the format (and, for qcow2, compat and lazy refcounts) to {@code target}. */
    public static void addTo(XmlTree xml, Element target, String format) {
        xml.add(target, "format", "type", format);
        if ("qcow2".equals(format)) {
            xml.addText(target, "compat", "1.1");
            xml.add(xml.add(target, "features"), "lazy_refcounts");
        }
    }
}
