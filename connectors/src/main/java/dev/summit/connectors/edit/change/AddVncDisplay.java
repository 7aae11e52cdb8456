package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.device.GraphicsSettings;
import org.libvirt.Domain;

/**
 * Gives a guest without a VNC display (a SPICE-only one, typically) a VNC display on the host's
 * loopback, beside what it has: Summit's console speaks VNC, not SPICE. QEMU opens its displays at
 * start, so it applies at next boot; the SPICE display and its devices stay as they are.
 */
public record AddVncDisplay() implements GuestEdit {
    @Override
    public String describe() {
        return "add a VNC display";
    }

    @Override
    public void edit(Definition next, Definition live, EditContext context) {
        GraphicsSettings display = new GraphicsSettings(next);
        if (display.hasVnc()) {
            throw new EditRefused("The guest already has a VNC display" + (live != null && !new GraphicsSettings(live).hasVnc()
                    ? ": it shows from the guest's next boot." : "."));
        }
        display.addLoopbackVnc();
    }

    @Override
    public Live applyLive(Domain domain, Definition live, EditContext context) {
        return Live.NOT_LIVE;
    }
}
