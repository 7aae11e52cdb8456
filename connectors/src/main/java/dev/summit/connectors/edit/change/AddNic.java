package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.device.NicDevice;
import dev.summit.connectors.edit.device.NicDevices;
import dev.summit.connectors.host.LibvirtFlags;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.Network;

/**
 * A network card more, plugged into a libvirt network or a host bridge; a running guest gets it at
 * once (hot-plug), and keeps it at next boot.
 *
 * @param type   network or bridge
 * @param source the network's or the bridge's name
 * @param model  the card the guest sees (null: virtio)
 * @param mac    its address, or null for a free random one in the hypervisor's range
 */
public record AddNic(String type, String source, String model, String mac) implements GuestEdit {
    public AddNic {
        model = model == null ? "virtio" : model;
    }

    /** A virtio card on a libvirt network, with a new address. */
    public static AddNic onNetwork(String network) {
        return new AddNic("network", network, null, null);
    }

    /** A virtio card on a host bridge, with a new address. */
    public static AddNic onBridge(String bridge) {
        return new AddNic("bridge", bridge, null, null);
    }

    @Override
    public String describe() {
        return "add a " + model + " network card on " + type + " " + source + (mac == null ? "" : " with MAC " + mac);
    }

    @Override
    public void edit(Definition next, Definition live, EditContext context) {
        if (!"network".equals(type) && !"bridge".equals(type)) {
            throw new EditRefused("A network card goes on a network or a bridge, not on '" + type + "'.");
        }
        if (source == null || !source.matches("[A-Za-z0-9_.:-]+")) {
            throw new EditRefused("'" + source + "' is no name of a " + type + ".");
        }
        if (!model.matches("[A-Za-z0-9_-]+")) {
            throw new EditRefused("'" + model + "' is no network card model (virtio, e1000e, rtl8139…).");
        }
        if ("network".equals(type)) {
            checkNetwork(context);
        }
        String address;
        if (mac != null) {
            address = Macs.checked(mac);
            String user = Macs.user(address, next, live, context);
            if (user != null) {
                throw new EditRefused("MAC address " + address + " is in use by " + user + ".");
            }
        } else {
            address = Macs.fresh(next, live, context);
        }
        new NicDevices(next).add(type, source, address, model);
    }

    @Override
    public Live applyLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
        NicDevices defined = new NicDevices(Definition.parse(domain.getXMLDesc(LibvirtFlags.XmlDesc.INACTIVE)));
        // Without a given address, the new card is the last one: it was appended, and libvirt keeps the order.
        NicDevice nic = (mac != null ? defined.find(mac) : defined.last())
                .orElseThrow(() -> new IllegalStateException("the new network card is not in the definition"));
        domain.attachDeviceFlags(DeviceXml.forAttach(nic.element()), LibvirtFlags.Affect.LIVE);
        return Live.DONE;
    }

    private void checkNetwork(EditContext context) {
        Network network;
        try {
            network = context.host().connection().networkLookupByName(source);
        } catch (LibvirtException e) {
            throw new EditRefused("There is no network '" + source + "' on this host.");
        }
        try {
            if (context.running() && network.isActive() != 1) {
                throw new EditRefused("Network '" + source + "' is not started; start it before plugging a running guest into it.");
            }
        } catch (LibvirtException e) {
            throw new EditRefused("Could not read network '" + source + "'.");
        }
    }
}
