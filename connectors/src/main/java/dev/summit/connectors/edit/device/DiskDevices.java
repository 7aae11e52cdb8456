package dev.summit.connectors.edit.device;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.xml.DiskBus;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/** The {@code <disk>} elements of a definition: listed, found by target or source, added and removed. */
public final class DiskDevices {
    private final Definition definition;

    public DiskDevices(Definition definition) {
        this.definition = definition;
    }

    /** Every {@code <disk>}: hard disks, CD/DVD drives, floppies, LUNs. */
    public List<DiskDevice> all() {
        return Definition.children(definition.devices(), "disk").stream().map(DiskDevice::new).toList();
    }

    /** The hard disks ({@code device='disk'}), in document order. */
    public List<DiskDevice> disks() {
        return all().stream().filter(d -> "disk".equals(d.device())).toList();
    }

    /** The drive (of any kind) the guest calls {@code target}. */
    public Optional<DiskDevice> find(String target) {
        return all().stream().filter(d -> d.target().equals(target)).findFirst();
    }

    /** The drive whose file or device is {@code path}. */
    public Optional<DiskDevice> findBySource(String path) {
        return all().stream().filter(d -> path.equals(d.sourcePath()) || path.equals(d.source())).findFirst();
    }

    /** Every guest-side name in use (disks and CD drives share them). */
    public Set<String> targets() {
        Set<String> targets = new HashSet<>();
        all().forEach(d -> targets.add(d.target()));
        return targets;
    }

    /** The first name on {@code bus} no drive uses: vdb after vda, sdc after sda and sdb. */
    public String nextFreeTarget(DiskBus bus) {
        return nextFreeTarget(bus, targets());
    }

    /** The same, against names gathered from several definitions (persistent and running). */
    public static String nextFreeTarget(DiskBus bus, Collection<String> taken) {
        for (int index = 0; ; index++) {
            String name = bus.prefix() + letters(index);
            if (!taken.contains(name)) {
                return name;
            }
        }
    }

    /**
     * A new hard disk after the last drive: {@code type} file or block, its path, name and bus. The
     * caller sets format, cache and discard on the result.
     */
    public DiskDevice add(String type, String path, String target, DiskBus bus) {
        Element devices = definition.devices();
        Element disk = definition.addAfterLast(devices, "disk", "disk");
        disk.setAttribute("type", type);
        disk.setAttribute("device", "disk");
        Element driver = definition.add(disk, "driver");
        String domainType = definition.root().getAttribute("type");
        if ("kvm".equals(domainType) || "qemu".equals(domainType)) {
            driver.setAttribute("name", "qemu");
        }
        definition.add(disk, "source").setAttribute("block".equals(type) ? "dev" : "file", path);
        Element targetElement = definition.add(disk, "target");
        targetElement.setAttribute("dev", target);
        targetElement.setAttribute("bus", bus.libvirtName());
        return new DiskDevice(disk);
    }

    public void remove(DiskDevice disk) {
        disk.element().getParentNode().removeChild(disk.element());
    }

    /** Whether a SCSI controller exists, which a disk on the scsi bus needs. */
    public boolean hasScsiController() {
        return Definition.children(definition.devices(), "controller").stream()
                .anyMatch(c -> "scsi".equals(c.getAttribute("type")));
    }

    /** Adds a virtio-scsi controller (libvirt's own default model is an emulated LSI card). */
    public Element addScsiController() {
        Element controller = definition.addAfterLast(definition.devices(), "controller", "controller");
        controller.setAttribute("type", "scsi");
        controller.setAttribute("model", "virtio-scsi");
        return controller;
    }

    /** a … z, aa … az, ba …: libvirt's naming after the prefix. */
    static String letters(int index) {
        StringBuilder name = new StringBuilder();
        int n = index;
        do {
            name.insert(0, (char) ('a' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return name.toString();
    }
}
