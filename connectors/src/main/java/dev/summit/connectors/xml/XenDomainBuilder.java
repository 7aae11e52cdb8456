package dev.summit.connectors.xml;

import org.w3c.dom.Element;

/** The domain XML of a new Xen guest: PV (pygrub or a direct kernel) or HVM. */
public final class XenDomainBuilder {
    private XenDomainBuilder() {
    }

    public static String build(XenGuestSpec spec) {
        XmlTree xml = XmlTree.withRoot("domain");
        Element domain = xml.root();
        domain.setAttribute("type", "xen");
        xml.addText(domain, "name", spec.name());
        if (spec.osId() != null) {
            Element info = xml.addNamespaced(xml.add(domain, "metadata"), KvmDomainBuilder.LIBOSINFO_NS, "libosinfo:libosinfo");
            xml.addNamespaced(info, KvmDomainBuilder.LIBOSINFO_NS, "libosinfo:os", "id", spec.osId());
        }
        xml.addText(domain, "memory", Long.toString(spec.size().memoryMiB()), "unit", "MiB");
        xml.addText(domain, "currentMemory", Long.toString(spec.size().memoryMiB()), "unit", "MiB");
        xml.addText(domain, "vcpu", Integer.toString(spec.size().vcpus()));
        boolean hvm = spec.boot() instanceof XenBoot.Hvm;
        if (spec.boot() instanceof XenBoot.PvBootloader loader) {
            xml.addText(domain, "bootloader", loader.bootloader());
        }
        Element os = xml.add(domain, "os");
        xml.addText(os, "type", hvm ? "hvm" : "linux", "arch", "x86_64", "machine", hvm ? "xenfv" : "xenpv");
        if (spec.boot() instanceof XenBoot.PvKernel kernel) {
            xml.addText(os, "kernel", kernel.kernel());
            if (kernel.initrd() != null) {
                xml.addText(os, "initrd", kernel.initrd());
            }
            if (kernel.cmdline() != null) {
                xml.addText(os, "cmdline", kernel.cmdline());
            }
        } else if (hvm) {
            xml.addText(os, "loader", XenBoot.Hvm.HVMLOADER);
            xml.add(os, "boot", "dev", "cdrom");
            xml.add(os, "boot", "dev", "hd");
        }
        if (hvm) {
            Element features = xml.add(domain, "features");
            xml.add(features, "acpi");
            xml.add(features, "apic");
            xml.add(features, "pae");
            xml.add(domain, "clock", "offset", "utc");
        }
        xml.addText(domain, "on_poweroff", "destroy");
        xml.addText(domain, "on_reboot", "restart");
        xml.addText(domain, "on_crash", "destroy");
        devices(xml, xml.add(domain, "devices"), spec, hvm);
        return xml.serialize();
    }

    private static void devices(XmlTree xml, Element devices, XenGuestSpec spec, boolean hvm) {
        if (spec.media().diskPath() != null) {
            Element disk = xml.add(devices, "disk", "type", "file", "device", "disk");
            xml.add(disk, "driver", "name", "qemu", "type", spec.media().diskFormat());
            xml.add(disk, "source", "file", spec.media().diskPath());
            // HVM firmware boots from an emulated IDE disk; the PV drivers take it over once the OS runs.
            xml.add(disk, "target", "dev", hvm ? "hda" : "xvda", "bus", hvm ? "ide" : "xen");
        }
        if (hvm && spec.media().isoPath() != null) {
            Element cdrom = xml.add(devices, "disk", "type", "file", "device", "cdrom");
            xml.add(cdrom, "driver", "name", "qemu", "type", "raw");
            xml.add(cdrom, "source", "file", spec.media().isoPath());
            xml.add(cdrom, "target", "dev", "hdc", "bus", "ide");
            xml.add(cdrom, "readonly");
        }
        if (spec.bridge() != null) {
            Element nic = xml.add(devices, "interface", "type", "bridge");
            xml.add(nic, "mac", "address", spec.mac());
            xml.add(nic, "source", "bridge", spec.bridge());
            xml.add(nic, "script", "path", "vif-bridge");
        }
        Element graphics = xml.add(devices, "graphics", "type", "vnc", "port", "-1", "autoport", "yes");
        xml.add(graphics, "listen", "type", "address", "address", "127.0.0.1");
        if (hvm) {
            xml.add(devices, "input", "type", "tablet", "bus", "usb");
            xml.add(devices, "input", "type", "keyboard", "bus", "usb");
            xml.add(xml.add(devices, "video"), "model", "type", "vga");
        } else {
            xml.add(devices, "input", "type", "mouse", "bus", "xen");
            xml.add(devices, "input", "type", "keyboard", "bus", "xen");
            xml.add(xml.add(devices, "video"), "model", "type", "xen");
        }
        xml.add(xml.add(devices, "console", "type", "pty"), "target", "type", hvm ? "serial" : "xen", "port", "0");
    }
}
