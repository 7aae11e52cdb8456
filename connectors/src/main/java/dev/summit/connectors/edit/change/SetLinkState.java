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
 * Plugs a network card's virtual cable in or out: at once in a running guest, and in the definition so
 * the next boot starts the same.
 *
 * @param mac the card's address
 * @param up  true for a connected link
 */
public record SetLinkState(String mac, boolean up) implements GuestEdit {
    @Override
    public String describe() {
        return "set the link of network card " + mac + (up ? " up" : " down");
    }

    @Override
    public void edit(Definition next, Definition live, EditContext context) {
        String address = Macs.checked(mac);
        Optional<NicDevice> defined = new NicDevices(next).find(address);
        if (defined.isEmpty() && (live == null || new NicDevices(live).find(address).isEmpty())) {
            throw new EditRefused("'" + context.guestName() + "' has no network card with MAC " + address + ".");
        }
        defined.ifPresent(nic -> nic.setLinkUp(up));
    }

    @Override
    public Live applyLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
        Optional<NicDevice> running = new NicDevices(live).find(mac);
        if (running.isEmpty()) {
            return Live.NOT_LIVE;
        }
        running.get().setLinkUp(up);
        domain.updateDeviceFlags(DeviceXml.of(running.get().element()), LibvirtFlags.Affect.LIVE);
        return Live.DONE;
    }
}
