package dev.summit.connectors.edit.device;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.xml.DiskBus;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** The CD/DVD drives of a definition. */
public final class CdromDevices {
    private final Definition definition;

    public CdromDevices(Definition definition) {
        this.definition = definition;
    }

    public List<CdromDevice> all() {
        return Definition.children(definition.devices(), "disk").stream().filter(CdromDevice::is)
                .map(CdromDevice::new).toList();
    }

    /** The drive called {@code target}, or, for null, the first drive. */
    public Optional<CdromDevice> find(String target) {
        return all().stream().filter(cd -> target == null || cd.target().equals(target)).findFirst();
    }

    /** A new empty drive after the last disk, read-only as every CD is. */
    public CdromDevice add(String target, DiskBus bus) {
        Element disk = definition.addAfterLast(definition.devices(), "disk", "disk");
        disk.setAttribute("type", "file");
        disk.setAttribute("device", "cdrom");
        Element driver = definition.add(disk, "driver");
        String domainType = definition.root().getAttribute("type");
        if ("kvm".equals(domainType) || "qemu".equals(domainType)) {
            driver.setAttribute("name", "qemu");
        }
        driver.setAttribute("type", "raw");
        Element targetElement = definition.add(disk, "target");
        targetElement.setAttribute("dev", target);
        targetElement.setAttribute("bus", bus.libvirtName());
        definition.add(disk, "readonly");
        return new CdromDevice(disk);
    }
}
