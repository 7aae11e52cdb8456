package dev.summit.connectors.ops;

import dev.summit.connectors.xml.DisplayListen;
import dev.summit.connectors.xml.Firmware;
import dev.summit.connectors.xml.Machine;
import dev.summit.connectors.xml.NicChoice;
import java.nio.file.Path;

/**
 * What the user asked for. Start from {@link #of} and change what differs.
 *
 * @param iso  install media on this machine, or null; a remote host gets it uploaded first ({@code IsoOnHost})
 * @param osId the osinfo id, or null for "detect it from the ISO"
 */
public record CreateRequest(String name, Path iso, String osId, GuestResources resources, String pool,
                            NicChoice network, MachineChoice hardware, DisplayListen display) {
    public static final String DEFAULT_POOL = "default";

    /** Defaults for everything but the name and the ISO. */
    public static CreateRequest of(String name, Path iso) {
        return new CreateRequest(name, iso, null, GuestResources.RECOMMENDED, DEFAULT_POOL,
                new NicChoice.Network("default"), MachineChoice.DEFAULT, DisplayListen.UNIX_SOCKET);
    }

    public CreateRequest withResources(long memoryMiB, int vcpus, long diskBytes) {
        return new CreateRequest(name, iso, osId, new GuestResources(memoryMiB, vcpus, diskBytes), pool, network, hardware, display);
    }

    public CreateRequest withPool(String pool) {
        return new CreateRequest(name, iso, osId, resources, pool, network, hardware, display);
    }

    public CreateRequest withNetwork(NicChoice network) {
        return new CreateRequest(name, iso, osId, resources, pool, network, hardware, display);
    }

    public CreateRequest withOs(String osId) {
        return new CreateRequest(name, iso, osId, resources, pool, network, hardware, display);
    }

    public CreateRequest withHardware(MachineChoice hardware) {
        return new CreateRequest(name, iso, osId, resources, pool, network, hardware, display);
    }

    public CreateRequest withFirmware(Firmware firmware) {
        return withHardware(hardware.withFirmware(firmware));
    }

    public CreateRequest withEmulator(String emulator) {
        return withHardware(hardware.withEmulator(emulator));
    }

    public CreateRequest withVirtType(String virtType) {
        return withHardware(hardware.withVirtType(virtType));
    }

    public CreateRequest withName(String name) {
        return new CreateRequest(name, iso, osId, resources, pool, network, hardware, display);
    }

    public long memoryMiB() {
        return resources.memoryMiB();
    }

    public int vcpus() {
        return resources.vcpus();
    }

    public long diskBytes() {
        return resources.diskBytes();
    }

    public Firmware firmware() {
        return hardware.firmware();
    }

    public Machine machine() {
        return hardware.machine();
    }

    public String emulator() {
        return hardware.emulator();
    }

    public String virtType() {
        return hardware.virtType();
    }

    public String volumeName() {
        return name + ".qcow2";
    }
}
