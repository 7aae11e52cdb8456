package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.device.CdromDevices;
import dev.summit.connectors.edit.device.DiskDevices;
import dev.summit.connectors.xml.DiskBus;
import java.util.HashSet;
import java.util.Set;
import org.libvirt.Domain;

/**
 * An empty CD/DVD drive, for the next boot (QEMU cannot add an IDE or SATA drive to a running guest).
 * Media go in afterwards with {@link ChangeMedia}.
 *
 * @param bus sata or ide; null picks SATA on a q35 machine, IDE on the older i440fx
 */
public record AddCdrom(DiskBus bus) implements GuestEdit {
    @Override
    public String describe() {
        return "add a CD/DVD drive";
    }

    @Override
    public void edit(Definition next, Definition live, EditContext context) {
        DiskBus chosen = bus != null ? bus : onMachine(next);
        Set<String> taken = new HashSet<>(new DiskDevices(next).targets());
        if (live != null) {
            taken.addAll(new DiskDevices(live).targets());
        }
        new CdromDevices(next).add(DiskDevices.nextFreeTarget(chosen, taken), chosen);
    }

    @Override
    public Live applyLive(Domain domain, Definition live, EditContext context) {
        return Live.NOT_LIVE;
    }

    private static DiskBus onMachine(Definition definition) {
        var os = Definition.child(definition.root(), "os");
        String machine = os == null ? null : Definition.attribute(Definition.child(os, "type"), "machine");
        return machine != null && machine.contains("q35") ? DiskBus.SATA : DiskBus.IDE;
    }
}
