package dev.summit.connectors.hostinfo;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.jna.DomainCapabilities;
import dev.summit.connectors.xml.XmlTree;
import java.util.Locale;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.NodeInfo;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads a {@link HostOverview} on the host's worker: node info, capabilities, domain capabilities. */
final class HostOverviewReader {
    private HostOverviewReader() {
    }

    static HostOverview read(Connect conn) throws LibvirtException {
        NodeInfo node = conn.nodeInfo();
        String type = conn.getType();
        String hypervisorVersion = version(conn.getVersion());
        Element capabilities = XmlTree.parse(conn.getCapabilities()).getDocumentElement();
        Element cpu = Definition.child(Definition.child(capabilities, "host"), "cpu");
        String arch = cpu == null || Definition.childText(cpu, "arch") == null ? node.model : Definition.childText(cpu, "arch");
        String model = cpu == null ? null : Definition.childText(cpu, "model");
        String vendor = cpu == null ? null : Definition.childText(cpu, "vendor");
        String cpuModel = model == null ? arch : (vendor == null ? "" : vendor + " ") + model;
        boolean kvm = offersKvm(capabilities);
        boolean qemu = type.toLowerCase(Locale.ROOT).contains("qemu");
        return new HostOverview(conn.getHostName(),
                new HostSoftware(type + " " + hypervisorVersion, version(conn.getLibVersion()), qemu ? hypervisorVersion : ""),
                new HostCpu(arch, cpuModel, node.cpus, node.sockets, node.cores, node.threads, node.nodes, node.mhz),
                node.memory, kvm ? "yes" : qemu ? "no: guests run emulated (TCG), much slower" : "no", nested(conn, kvm, arch));
    }

    /** libvirt's version numbers are major × 1,000,000 + minor × 1,000 + release. */
    static String version(long number) {
        return number / 1_000_000 + "." + number / 1_000 % 1_000 + "." + number % 1_000;
    }

    private static boolean offersKvm(Element capabilities) {
        NodeList domains = capabilities.getElementsByTagName("domain");
        for (int i = 0; i < domains.getLength(); i++) {
            if ("kvm".equals(((Element) domains.item(i)).getAttribute("type"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * KVM offers a guest the CPU's virtualization extension (vmx or svm) in its host-model CPU only
     * when the host's kvm module allows nesting: that is the answer, asked of libvirt, not of /sys.
     */
    private static String nested(Connect conn, boolean kvm, String arch) {
        if (!kvm) {
            return "no (no KVM)";
        }
        try {
            NodeList features = XmlTree.parse(DomainCapabilities.xml(conn, arch, null, "kvm"))
                    .getElementsByTagName("feature");
            for (int i = 0; i < features.getLength(); i++) {
                Element feature = (Element) features.item(i);
                String name = feature.getAttribute("name");
                if ((name.equals("vmx") || name.equals("svm")) && !"disable".equals(feature.getAttribute("policy"))) {
                    return "yes";
                }
            }
            return "no";
        } catch (LibvirtException | IllegalArgumentException e) {
            return "unknown: the host does not describe its KVM guests' CPU";
        }
    }
}
