package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.device.NicDevice;
import dev.summit.connectors.edit.device.NicDevices;
import dev.summit.connectors.host.LibvirtFlags;
import java.util.Optional;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * Takes the network card with {@code mac} out: of the definition, and of the running guest once the
 * guest lets go of it (until then, it goes at next boot).
 */
public record RemoveNic(String mac) implements GuestEdit {
    @Override
    public String describe() {
        return "remove the network card " + mac;
    }

    @Override
    public void edit(Definition next, Definition live, EditContext context) {
        String address = Macs.checked(mac);
        Optional<NicDevice> defined = new NicDevices(next).find(address);
        if (defined.isEmpty() && (live == null || new NicDevices(live).find(address).isEmpty())) {
            throw new EditRefused("'" + context.guestName() + "' has no network card with MAC " + address + ".");
        }
        defined.ifPresent(nic -> new NicDevices(next).remove(nic));
    }

    @Override
    public Live applyLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
        Optional<NicDevice> running = new NicDevices(live).find(mac);
        if (running.isEmpty()) {
            return Live.DONE;
        }
        domain.detachDeviceFlags(DeviceXml.of(running.get().element()), LibvirtFlags.Affect.LIVE);
        boolean gone = domain.isActive() != 1 || new NicDevices(Definition.parse(domain.getXMLDesc(0))).find(mac).isEmpty();
        return gone ? Live.DONE : Live.NOT_LIVE;
    }
}
