package dev.summit.connectors.testing;

import dev.summit.connectors.xml.XmlTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.w3c.dom.Element;

/**
 * A guest that really runs Linux, small enough for plain QEMU (TCG) on a busy CI machine: Debian's
 * cloud kernel booted directly with a busybox initramfs ({@link TinyInitramfs}). It gets a DHCP lease
 * on libvirt's "default" network, runs the balloon driver and writes to its serial port; it has a
 * guest-agent channel with no agent behind it. No disk: nothing to clean but the definition and the
 * serial log, both named after the guest.
 */
public final class TinyLinuxGuest {
    public static final int MEMORY_MIB = 256;

    private TinyLinuxGuest() {
    }

    /** Defines (does not start) the guest; returns its UUID. The kernel and initramfs are built or reused. */
    public static String define(String name) throws IOException {
        RealDaemon.ensureDefaultNetwork();
        return define(name, "default");
    }

    /** The same guest with its card on {@code network} (which must be running when it starts). */
    public static String define(String name, String network) throws IOException {
        RealDaemon.ensurePool();
        TinyKernel kernel = TinyKernel.installed();
        Path image = kernelCopy(kernel);
        Path initrd = TinyInitramfs.in(RealDaemon.POOL_DIR, kernel);
        Path definition = RealDaemon.writeTemp(domainXml(name, image, initrd, network));
        RealDaemon.virsh("define", definition.toString());
        RealDaemon.refreshPool(RealDaemon.POOL);
        return RealDaemon.virsh("domuuid", name).strip();
    }

    /**
     * The guest's MAC, in QEMU's 52:54:00 range and made from its name, so tests can look its
     * addresses up by it and two guests of parallel runs on the same network never share one.
     */
    public static String mac(String name) {
        int hash = name.hashCode();
        return String.format("52:54:00:%02x:%02x:%02x", (hash >> 16) & 0xff, (hash >> 8) & 0xff, hash & 0xff);
    }

    /** What the guest wrote to its serial port so far (its boot log and "tiny-linux: …" lines). */
    public static String serialLog(String name) throws IOException {
        Path log = serialLogPath(name);
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private static Path serialLogPath(String name) {
        return RealDaemon.POOL_DIR.resolve(name + ".serial.log");
    }

    /** qemu reads the kernel as libvirt-qemu: a world-readable copy in the test pool, shared by all tests. */
    private static Path kernelCopy(TinyKernel kernel) throws IOException {
        Path copy = RealDaemon.POOL_DIR.resolve("tiny-linux-" + kernel.version() + ".vmlinuz");
        if (!Files.exists(copy) || Files.size(copy) != Files.size(kernel.image())) {
            Path partial = Files.createTempFile(RealDaemon.POOL_DIR, ".tiny-linux-", ".partial");
            Files.copy(kernel.image(), partial, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
            Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    static String domainXml(String name, Path kernel, Path initrd, String network) {
        XmlTree xml = XmlTree.withRoot("domain");
        Element domain = xml.root();
        // Plain QEMU: the point is a guest that runs Linux anywhere, with or without /dev/kvm.
        domain.setAttribute("type", "qemu");
        xml.addText(domain, "name", name);
        xml.addText(domain, "memory", Integer.toString(MEMORY_MIB), "unit", "MiB");
        xml.addText(domain, "currentMemory", Integer.toString(MEMORY_MIB), "unit", "MiB");
        xml.addText(domain, "vcpu", "1");
        Element os = xml.add(domain, "os");
        xml.addText(os, "type", "hvm", "arch", "x86_64");
        xml.addText(os, "kernel", kernel.toString());
        xml.addText(os, "initrd", initrd.toString());
        xml.addText(os, "cmdline", "console=ttyS0 panic=-1 loglevel=4");
        xml.add(xml.add(domain, "features"), "acpi");
        xml.addText(domain, "on_reboot", "destroy");
        Element devices = xml.add(domain, "devices");
        Element serial = xml.add(devices, "serial", "type", "pty");
        xml.add(serial, "log", "file", serialLogPath(name).toString(), "append", "off");
        xml.add(serial, "target", "port", "0");
        xml.add(xml.add(devices, "console", "type", "pty"), "target", "type", "serial", "port", "0");
        Element nic = xml.add(devices, "interface", "type", "network");
        xml.add(nic, "mac", "address", mac(name));
        xml.add(nic, "source", "network", network);
        xml.add(nic, "model", "type", "virtio");
        Element agent = xml.add(devices, "channel", "type", "unix");
        xml.add(agent, "target", "type", "virtio", "name", "org.qemu.guest_agent.0");
        Element balloon = xml.add(devices, "memballoon", "model", "virtio");
        xml.add(balloon, "stats", "period", "2");
        return xml.serialize();
    }
}
