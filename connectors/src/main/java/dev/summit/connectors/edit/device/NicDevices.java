package dev.summit.connectors.edit.device;

import dev.summit.connectors.edit.Definition;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** The network cards of a definition: listed, found by MAC, added and removed. */
public final class NicDevices {
    private final Definition definition;

    public NicDevices(Definition definition) {
        this.definition = definition;
    }

    public List<NicDevice> all() {
        return Definition.children(definition.devices(), "interface").stream().map(NicDevice::new).toList();
    }

    public Optional<NicDevice> find(String mac) {
        return all().stream().filter(nic -> nic.hasMac(mac)).findFirst();
    }

    /** The card added last (libvirt keeps the cards in the order they were defined). */
    public Optional<NicDevice> last() {
        List<NicDevice> all = all();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * A new card after the last one: {@code type} network or bridge, plugged into {@code source},
     * with {@code mac} and the card {@code model} (null leaves the model to the hypervisor).
     */
    public NicDevice add(String type, String source, String mac, String model) {
        Element nic = definition.addAfterLast(definition.devices(), "interface", "interface");
        nic.setAttribute("type", type);
        definition.add(nic, "mac").setAttribute("address", mac);
        definition.add(nic, "source").setAttribute("bridge".equals(type) ? "bridge" : "network", source);
        if (model != null) {
            definition.add(nic, "model").setAttribute("type", model);
        }
        return new NicDevice(nic);
    }

    public void remove(NicDevice nic) {
        nic.element().getParentNode().removeChild(nic.element());
    }
}
