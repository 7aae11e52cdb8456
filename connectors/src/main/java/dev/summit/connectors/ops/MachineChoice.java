package dev.summit.connectors.ops;

import dev.summit.connectors.xml.Firmware;
import dev.summit.connectors.xml.Machine;
import java.util.Objects;

/**
 * The virtual machine a new guest runs in.
 *
 * @param virtType "kvm" or "qemu" (emulation), null for the best the host has
 * @param emulator the QEMU binary, null for the host's default (tests point it elsewhere to make start fail)
 */
public record MachineChoice(Machine machine, Firmware firmware, String virtType, String emulator) {
    /** q35 with BIOS on the best the host has. */
    public static final MachineChoice DEFAULT = new MachineChoice(Machine.Q35, Firmware.BIOS, null, null);

    public MachineChoice {
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(firmware, "firmware");
    }

    public MachineChoice withFirmware(Firmware newFirmware) {
        return new MachineChoice(machine, newFirmware, virtType, emulator);
    }

    public MachineChoice withVirtType(String newVirtType) {
        return new MachineChoice(machine, firmware, newVirtType, emulator);
    }

    public MachineChoice withEmulator(String newEmulator) {
        return new MachineChoice(machine, firmware, virtType, newEmulator);
    }
}
