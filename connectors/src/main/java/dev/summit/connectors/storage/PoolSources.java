package dev.summit.connectors.storage;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Where a pool's storage comes from, in one short phrase for the pool list. */
final class PoolSources {
    private PoolSources() {
    }

    /** "nfs.example:/export", "10.0.0.5:3260 iqn…", "/dev/sdb1", or empty for a plain directory. */
    static String describe(Element pool) {
        NodeList sources = pool.getElementsByTagName("source");
        if (sources.getLength() == 0) {
            return "";
        }
        Element source = (Element) sources.item(0);
        String host = attribute(source, "host", "name");
        String port = attribute(source, "host", "port");
        String dir = attribute(source, "dir", "path");
        String device = attribute(source, "device", "path");
        String vg = "logical".equals(pool.getAttribute("type")) ? text(source, "name") : "";
        StringBuilder text = new StringBuilder();
        if (!host.isEmpty()) {
            text.append(host).append(port.isEmpty() ? "" : ":" + port);
        }
        if (!dir.isEmpty()) {
            text.append(host.isEmpty() ? "" : ":").append(dir);
        }
        if (!device.isEmpty()) {
            text.append(text.length() == 0 ? "" : " ").append(device);
        }
        if (!vg.isEmpty()) {
            text.append(text.length() == 0 ? "" : " ").append("VG ").append(vg);
        }
        return text.toString();
    }

    private static String attribute(Element source, String tag, String name) {
        NodeList found = source.getElementsByTagName(tag);
        return found.getLength() == 0 ? "" : ((Element) found.item(0)).getAttribute(name);
    }

    private static String text(Element source, String tag) {
        NodeList found = source.getElementsByTagName(tag);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent().strip();
    }
}
