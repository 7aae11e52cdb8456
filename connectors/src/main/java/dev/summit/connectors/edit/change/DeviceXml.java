package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import org.w3c.dom.Element;

/** A device's XML for attach, detach and update calls. */
final class DeviceXml {
    private DeviceXml() {
    }

    /**
     * The device as taken from the just-defined definition, without its PCI or drive address: libvirt
     * gives the running guest a free one of its own, which need not be the free one of the definition.
     */
    static String forAttach(Element device) {
        Element copy = (Element) device.cloneNode(true);
        Definition.removeChildren(copy, "address");
        return Definition.serialize(copy);
    }

    /** The device as it is, e.g. from the running guest's XML, for update and detach. */
    static String of(Element device) {
        return Definition.serialize(device);
    }
}
