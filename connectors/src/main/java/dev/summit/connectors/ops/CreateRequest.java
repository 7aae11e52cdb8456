package dev.summit.connectors.ops;

import dev.summit.connectors.xml.DisplayListen;
import dev.summit.connectors.xml.Firmware;
import dev.summit.connectors.xml.Machine;
import dev.summit.connectors.xml.NicChoice;
import java.nio.file.Path;

/**
 * What the user asked for. Zero for memory, vCPUs or disk means "what osinfo recommends for the OS";
 * a null osId means "detect it from the ISO".
 *
 * @param iso       install media on this machine, or null; a remote host gets it uploaded first ({@code IsoOnHost})
 * @param emulator  the QEMU binary, null for the host's default (tests point it elsewhere to make start fail)
 * @param virtType  "kvm" or "qemu" (emulation), null for the best the host has
 */
public record CreateRequest(String name, Path iso, long memoryMiB, int vcpus, long diskBytes, String pool,
                            NicChoice network, String osId, Firmware firmware, Machine machine,
                            DisplayListen display, String emulator, String virtType) {
    public static final String DEFAULT_POOL = "default";

    /** Defaults for everything but the name and the ISO. */
    public static CreateRequest of(String name, Path iso) {
        return new CreateRequest(name, iso, 0, 0, 0, DEFAULT_POOL, new NicChoice.Network("default"), null,
                Firmware.BIOS, Machine.Q35, DisplayListen.UNIX_SOCKET, null, null);
    }

    public CreateRequest withResources(long memoryMiB, int vcpus, long diskBytes) {
        return new CreateRequest(name, iso, memoryMiB, vcpus, diskBytes, pool, network, osId, firmware, machine, display, emulator, virtType);
    }

    public CreateRequest withPool(String pool) {
        return new CreateRequest(name, iso, memoryMiB, vcpus, diskBytes, pool, network, osId, firmware, machine, display, emulator, virtType);
    }

    public CreateRequest withNetwork(NicChoice network) {
        return new CreateRequest(name, iso, memoryMiB, vcpus, diskBytes, pool, network, osId, firmware, machine, display, emulator, virtType);
    }

    public CreateRequest withOs(String osId) {
        return new CreateRequest(name, iso, memoryMiB, vcpus, diskBytes, pool, network, osId, firmware, machine, display, emulator, virtType);
    }

    public CreateRequest withFirmware(Firmware firmware) {
        return new CreateRequest(name, iso, memoryMiB, vcpus, diskBytes, pool, network, osId, firmware, machine, display, emulator, virtType);
    }

    public CreateRequest withEmulator(String emulator) {
        return new CreateRequest(name, iso, memoryMiB, vcpus, diskBytes, pool, network, osId, firmware, machine, display, emulator, virtType);
    }

    public CreateRequest withName(String name) {
        return new CreateRequest(name, iso, memoryMiB, vcpus, diskBytes, pool, network, osId, firmware, machine, display, emulator, virtType);
    }

    public CreateRequest withVirtType(String virtType) {
        return new CreateRequest(name, iso, memoryMiB, vcpus, diskBytes, pool, network, osId, firmware, machine, display, emulator, virtType);
    }

    public String volumeName() {
        return name + ".qcow2";
    }
}
