package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.device.BootOrder;
import java.util.List;
import org.libvirt.Domain;

/**
 * The boot order and the boot menu; the firmware reads them when the guest starts, so at next boot.
 * Entries are as {@link BootOrder} reads them: kinds ("hd", "cdrom", "network", "fd"), or, for a
 * guest whose devices carry their own order, disk targets and MAC addresses.
 *
 * @param devices the order, or null to keep it
 * @param menu    show the boot menu, hide it, or null to keep it as it is
 */
public record SetBootOrder(List<String> devices, Boolean menu) implements GuestEdit {
    public SetBootOrder {
        devices = devices == null ? null : List.copyOf(devices);
        if (devices == null && menu == null) {
            throw new IllegalArgumentException("say the boot order, the boot menu, or both");
        }
    }

    @Override
    public String describe() {
        String order = devices == null ? null : "boot from " + String.join(", ", devices);
        String shown = menu == null ? null : (menu ? "show" : "hide") + " the boot menu";
        return order == null ? shown : shown == null ? order : order + " and " + shown;
    }

    @Override
    public void edit(Definition next, Definition live, EditContext context) {
        BootOrder boot = new BootOrder(next);
        if (devices != null) {
            boot.problem(devices).ifPresent(problem -> {
                throw new EditRefused(problem);
            });
            boot.setDevices(devices);
        }
        if (menu != null) {
            boot.setMenu(menu);
        }
    }

    @Override
    public Live applyLive(Domain domain, Definition live, EditContext context) {
        return Live.NOT_LIVE;
    }
}
