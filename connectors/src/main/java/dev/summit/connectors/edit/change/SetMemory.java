package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.EditContext;
import dev.summit.connectors.edit.EditRefused;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.device.MemorySettings;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * Maximum and/or current memory. The current amount moves live through the balloon (dynamic memory);
 * the maximum is what the guest boots with, so it changes at next boot only.
 *
 * @param maximumKiB new maximum, or null to keep it
 * @param currentKiB new current amount, or null to keep it
 */
public record SetMemory(Long maximumKiB, Long currentKiB) implements GuestEdit {
    @Override
    public String describe() {
        StringBuilder what = new StringBuilder("set ");
        if (maximumKiB != null) {
            what.append("maximum memory to ").append(maximumKiB / 1024).append(" MiB");
        }
        if (currentKiB != null) {
            what.append(maximumKiB != null ? " and " : "").append("current memory to ").append(currentKiB / 1024).append(" MiB");
        }
        return what.toString();
    }

    @Override
    public void edit(Definition next, Definition live, EditContext context) {
        MemorySettings memory = new MemorySettings(next);
        long maximum = maximumKiB != null ? maximumKiB : memory.maximumKiB();
        long current = currentKiB != null ? currentKiB : Math.min(memory.currentKiB(), maximum);
        if (maximum <= 0 || current <= 0) {
            throw new EditRefused("Memory must be more than 0 MiB.");
        }
        if (maximum > context.hostMemoryKiB()) {
            throw new EditRefused("Maximum memory " + maximum / 1024 + " MiB is more than the host has ("
                    + context.hostMemoryKiB() / 1024 + " MiB).");
        }
        if (current > maximum) {
            throw new EditRefused("Current memory " + current / 1024 + " MiB is above the maximum, "
                    + maximum / 1024 + " MiB.");
        }
        if (live != null && currentKiB != null && maximumKiB == null && current > new MemorySettings(live).maximumKiB()) {
            throw new EditRefused("Current memory " + current / 1024 + " MiB is above the running guest's maximum, "
                    + new MemorySettings(live).maximumKiB() / 1024 + " MiB.");
        }
        memory.setMaximumKiB(maximum);
        memory.setCurrentKiB(current);
    }

    @Override
    public Live applyLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
        if (maximumKiB != null && maximumKiB != new MemorySettings(live).maximumKiB()) {
            // The maximum is fixed while QEMU runs; a current amount within the live maximum still moves now.
            if (currentKiB != null && currentKiB <= new MemorySettings(live).maximumKiB()) {
                domain.setMemory(currentKiB);
                return Live.DONE;
            }
            return Live.NOT_LIVE;
        }
        if (currentKiB != null) {
            domain.setMemory(currentKiB);
        }
        return Live.DONE;
    }

    @Override
    public boolean liveUndoable() {
        return true;
    }

    @Override
    public void undoLive(Domain domain, Definition live, EditContext context) throws LibvirtException {
        domain.setMemory(new MemorySettings(live).currentKiB());
    }
}
