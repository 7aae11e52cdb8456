package dev.summit.connectors.edit.change;

import dev.summit.connectors.xml.XmlTree;
import org.w3c.dom.Element;

/** A new sparse volume's XML. */
final class NewVolumeXml {
    private NewVolumeXml() {
    }

    /**
     * qcow2 as compat 1.1 with lazy refcounts (metadata written less often, readable by every QEMU
     * since 1.1); raw plain. Allocation 0: the image takes space only as the guest writes.
     */
    static String of(String name, long bytes, String format) {
        XmlTree xml = XmlTree.withRoot("volume");
        xml.addText(xml.root(), "name", name);
        xml.addText(xml.root(), "capacity", Long.toString(bytes), "unit", "bytes");
        xml.addText(xml.root(), "allocation", "0", "unit", "bytes");
        Element target = xml.add(xml.root(), "target");
        xml.add(target, "format", "type", format);
        if ("qcow2".equals(format)) {
            xml.addText(target, "compat", "1.1");
            xml.add(xml.add(target, "features"), "lazy_refcounts");
        }
        return xml.serialize();
    }
}
