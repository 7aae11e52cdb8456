package dev.summit.connectors.xml;

import org.w3c.dom.Element;

/**
 * The domain XML of a new KVM/QEMU guest. The disk boots first and the CD-ROM second, so an empty
 * disk falls through to the installer and the installed system boots from its disk afterwards,
 * with the same definition. A USB keyboard as well as the tablet: GRUB on these machine types
 * reads no PS/2 keys from QEMU's VNC server, a USB keyboard it does.
 */
public final class KvmDomainBuilder {
    /** The namespace virt-install and GNOME Boxes record the guest's OS under, so other tools read it too. */
    public static final String LIBOSINFO_NS = "http://libosinfo.org/xmlns/libvirt/domain/1.0";

    private KvmDomainBuilder() {
    }

    public static String build(GuestSpec spec) {
        XmlTree xml = XmlTree.withRoot("domain");
        Element domain = xml.root();
        domain.setAttribute("type", spec.emulation().virtType());
        xml.addText(domain, "name", spec.name());
        if (spec.osId() != null) {
            Element info = xml.addNamespaced(xml.add(domain, "metadata"), LIBOSINFO_NS, "libosinfo:libosinfo");
            xml.addNamespaced(info, LIBOSINFO_NS, "libosinfo:os", "id", spec.osId());
        }
        xml.addText(domain, "memory", Long.toString(spec.size().memoryMiB()), "unit", "MiB");
        xml.addText(domain, "currentMemory", Long.toString(spec.size().memoryMiB()), "unit", "MiB");
        xml.addText(domain, "vcpu", Integer.toString(spec.size().vcpus()));
        Element os = xml.add(domain, "os", "firmware", spec.emulation().firmware() == Firmware.UEFI ? "efi" : null);
        xml.addText(os, "type", "hvm", "arch", "x86_64", "machine", spec.emulation().machine().libvirtName());
        if (spec.emulation().firmware() == Firmware.UEFI) {
            // Without this libvirt picks a Secure Boot build first, and those need System Management
            // Mode, which nested KVM hosts (and so some cloud workstations) do not emulate.
            xml.add(xml.add(os, "firmware"), "feature", "enabled", "no", "name", "secure-boot");
        }
        Element features = xml.add(domain, "features");
        xml.add(features, "acpi");
        xml.add(features, "apic");
        // No <cpu> element: QEMU's default model starts everywhere. host-passthrough and host-model
        // both abort on nested KVM hosts that refuse the host CPU's MSRs (e.g. arch-capabilities).
        xml.add(domain, "clock", "offset", "utc");
        xml.addText(domain, "on_poweroff", "destroy");
        xml.addText(domain, "on_reboot", "restart");
        xml.addText(domain, "on_crash", "destroy");
        devices(xml, xml.add(domain, "devices"), spec);
        return xml.serialize();
    }

    private static void devices(XmlTree xml, Element devices, GuestSpec spec) {
        if (spec.emulation().emulator() != null) {
            xml.addText(devices, "emulator", spec.emulation().emulator());
        }
        int sataIndex = 0;
        if (spec.media().diskPath() != null) {
            Element disk = xml.add(devices, "disk", "type", "file", "device", "disk");
            xml.add(disk, "driver", "name", "qemu", "type", spec.media().diskFormat(), "discard", "unmap");
            xml.add(disk, "source", "file", spec.media().diskPath());
            xml.add(disk, "target", "dev", spec.diskBus().target(0), "bus", spec.diskBus().libvirtName());
            xml.add(disk, "boot", "order", spec.nic().networkBoot() ? "2" : "1");
            sataIndex = spec.diskBus() == DiskBus.SATA ? 1 : 0;
        }
        if (spec.media().isoPath() != null) {
            DiskBus bus = spec.cdromBus();
            Element cdrom = xml.add(devices, "disk", "type", "file", "device", "cdrom");
            xml.add(cdrom, "driver", "name", "qemu", "type", "raw");
            xml.add(cdrom, "source", "file", spec.media().isoPath());
            xml.add(cdrom, "target", "dev", bus.target(bus == DiskBus.SATA ? sataIndex : 0), "bus", bus.libvirtName());
            xml.add(cdrom, "readonly");
            xml.add(cdrom, "boot", "order", "2");
        }
        xml.add(devices, "controller", "type", "usb", "model", "qemu-xhci");
        nic(xml, devices, spec);
        Element graphics = xml.add(devices, "graphics", "type", "vnc",
                "autoport", spec.display() == DisplayListen.LOCALHOST ? "yes" : null);
        if (spec.display() == DisplayListen.LOCALHOST) {
            xml.add(graphics, "listen", "type", "address", "address", "127.0.0.1");
        } else {
            xml.add(graphics, "listen", "type", "socket");
        }
        xml.add(xml.add(devices, "video"), "model", "type", spec.emulation().virtio() ? "virtio" : "vga");
        xml.add(devices, "input", "type", "tablet", "bus", "usb");
        xml.add(devices, "input", "type", "keyboard", "bus", "usb");
        xml.add(devices, "console", "type", "pty");
        if (spec.emulation().virtio()) {
            xml.add(devices, "memballoon", "model", "virtio");
            xml.add(xml.add(devices, "rng", "model", "virtio"), "backend", "model", "random").setTextContent("/dev/urandom");
        }
    }

    private static void nic(XmlTree xml, Element devices, GuestSpec spec) {
        Element nic;
        if (spec.nic().choice() instanceof NicChoice.Network network) {
            nic = xml.add(devices, "interface", "type", "network");
            xml.add(nic, "mac", "address", spec.nic().mac());
            xml.add(nic, "source", "network", network.name());
        } else if (spec.nic().choice() instanceof NicChoice.Bridge bridge) {
            nic = xml.add(devices, "interface", "type", "bridge");
            xml.add(nic, "mac", "address", spec.nic().mac());
            xml.add(nic, "source", "bridge", bridge.name());
        } else {
            return;
        }
        String emulated = spec.emulation().machine() == Machine.Q35 ? "e1000e" : "e1000";
        xml.add(nic, "model", "type", spec.emulation().virtio() ? "virtio" : emulated);
        if (spec.nic().networkBoot()) {
            xml.add(nic, "boot", "order", "1");
        }
    }
}
