package dev.summit.connectors.templates.importing;

import dev.summit.connectors.templates.TemplateMark;
import dev.summit.connectors.xml.GuestMedia;
import dev.summit.connectors.xml.GuestSize;
import dev.summit.connectors.xml.MacAddresses;
import dev.summit.connectors.xml.XenDomainBuilder;
import dev.summit.connectors.xml.XenGuestSpec;
import dev.summit.connectors.xml.XmlTree;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The domain XML of an imported template on a Xen host: the guest as vm.cfg describes it (PV with
 * pygrub or a kernel, or HVM), its UUID and lifecycle actions kept, marked as a template.
 */
public final class XenImportXml {
    private XenImportXml() {
    }

    /** @param diskPath where the system image lives on the Xen host (vm.cfg's own path unless moved) */
    public static String build(XenTemplateConfig config, String name, String diskPath, RandomGenerator random) {
        XenNicLine nic = config.devices().nics().isEmpty() ? null : config.devices().nics().get(0);
        String mac = nic == null ? null
                : nic.mac() != null ? nic.mac() : MacAddresses.random(MacAddresses.XEN_PREFIX, random);
        String bridge = nic == null ? null : nic.bridge() != null ? nic.bridge() : "xenbr0";
        String iso = config.devices().disks().stream().filter(XenDiskLine::cdrom).map(d -> d.image().toString())
                .findFirst().orElse(null);
        String xml = XenDomainBuilder.build(new XenGuestSpec(name, null, new GuestSize(config.size().memoryMiB(), config.size().vcpus()),
                config.boot(), new GuestMedia(diskPath, "raw", config.hvm() ? iso : null), bridge, mac));
        Document document = XmlTree.parse(xml);
        XmlTree tree = XmlTree.of(document);
        Element domain = tree.root();
        if (config.uuid() != null) {
            Element uuid = document.createElement("uuid");
            uuid.setTextContent(config.uuid());
            Node nameNode = domain.getElementsByTagName("name").item(0);
            domain.insertBefore(uuid, nameNode.getNextSibling());
        }
        if (config.size().maxMemoryMiB() > config.size().memoryMiB()) {
            domain.getElementsByTagName("memory").item(0).setTextContent(Long.toString(config.size().maxMemoryMiB()));
        }
        replaceText(domain, "on_poweroff", XenLifecycle.libvirtAction(config.actions().onPoweroff()));
        replaceText(domain, "on_reboot", XenLifecycle.libvirtAction(config.actions().onReboot()));
        replaceText(domain, "on_crash", XenLifecycle.libvirtAction(config.actions().onCrash()));
        display(domain, config);
        bootOrder(document, domain, config.bootOrder());
        TemplateMark.addTo(tree);
        return stripBlankLines(tree.serialize());
    }

    public static String build(XenTemplateConfig config) {
        return build(config, config.name(), config.systemDisk() == null ? null : config.systemDisk().image().toString(),
                new Random());
    }

    /** vm.cfg's VNC listen address and password; the builder's localhost default stays when it names none. */
    private static void display(Element domain, XenTemplateConfig config) {
        Element graphics = (Element) domain.getElementsByTagName("graphics").item(0);
        if (graphics == null) {
            return;
        }
        if (config.devices().vncListen() != null) {
            ((Element) graphics.getElementsByTagName("listen").item(0)).setAttribute("address", config.devices().vncListen());
        }
        if (config.devices().vncPassword() != null) {
            graphics.setAttribute("passwd", config.devices().vncPassword());
        }
    }

    /** xl's boot letters: c = hard disk, d = CD-ROM, n = network; HVM only (PV guests have no firmware). */
    private static void bootOrder(Document document, Element domain, String letters) {
        NodeList boots = domain.getElementsByTagName("boot");
        if (letters == null || boots.getLength() == 0) {
            return;
        }
        Node os = boots.item(0).getParentNode();
        while (boots.getLength() > 0) {
            os.removeChild(boots.item(0));
        }
        for (char letter : letters.toCharArray()) {
            String dev = letter == 'c' ? "hd" : letter == 'd' ? "cdrom" : letter == 'n' ? "network" : null;
            if (dev != null) {
                Element boot = document.createElement("boot");
                boot.setAttribute("dev", dev);
                os.appendChild(boot);
            }
        }
    }

    private static void replaceText(Element domain, String name, String value) {
        if (value != null) {
            domain.getElementsByTagName(name).item(0).setTextContent(value);
        }
    }

    /** Re-serialising parsed, indented XML keeps the old whitespace nodes beside the new indentation. */
    private static String stripBlankLines(String xml) {
        return xml.replaceAll("(?m)^[ \\t]*\\r?\\n", "");
    }

    /** Defines the guest on a Xen host as its vm.cfg describes it (its image paths are the host's own); the new UUID. */
    public static java.util.concurrent.CompletableFuture<String> define(dev.summit.connectors.host.HostSession host,
                                                                        XenTemplateConfig config) {
        String xml = build(config);
        return host.submit("import", config.name(), conn -> conn.domainDefineXML(xml).getUUIDString());
    }
}
