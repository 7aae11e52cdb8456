package dev.summit.connectors.migrate;

import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.jna.NativeGuest;
import dev.summit.connectors.jna.NativeHost;
import dev.summit.connectors.jna.NativeMigration;
import dev.summit.connectors.units.ByteSize;
import dev.summit.connectors.xml.DomainDisk;
import dev.summit.connectors.xml.DomainDisks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.libvirt.LibvirtException;

/**
 * Every reason a migration might fail, found before anything moves. Reads only; changes nothing.
 * Each line is one question an admin would ask, answered green, amber or red with what to do.
 */
final class MigrationPrecheck {
    static final String REACHABLE = "Destination reachable";
    static final String NOT_BUSY = "Guest not busy";
    static final String STATE = "Guest state";
    static final String HYPERVISOR = "Same hypervisor type";
    static final String CPU = "CPU compatible";
    static final String DISKS = "Disks";
    static final String NETWORKS = "Networks and bridges";
    static final String NAME = "Name free on destination";
    static final String MEMORY = "Enough free memory";
    static final String OPTIONS = "Options fit together";

    /** virCPUCompareResult: the destination's CPU lacks something the guest's uses. */
    private static final int CPU_INCOMPATIBLE = 0;

    private final MigrationRequest request;
    private final NativeHost source;
    private final NativeGuest guest;
    private final String guestXml;

    MigrationPrecheck(MigrationRequest request, NativeHost source, NativeGuest guest) throws LibvirtException {
        this.request = request;
        this.source = source;
        this.guest = guest;
        this.guestXml = guest.xml(0);
    }

    /** @param destination null when it could not be reached, with {@code why} saying what happened */
    List<PrecheckLine> lines(NativeHost destination, String why) throws LibvirtException {
        List<PrecheckLine> lines = new ArrayList<>();
        if (destination == null) {
            lines.add(PrecheckLine.red(REACHABLE, why, "Check that the destination host is up and its address is right."));
            lines.add(busy());
            lines.add(state());
            return lines;
        }
        lines.add(sameHost(destination));
        lines.add(options());
        lines.add(busy());
        lines.add(state());
        lines.add(hypervisor(destination));
        lines.add(cpu(destination));
        lines.addAll(disks(destination));
        lines.add(networks(destination));
        lines.add(name(destination));
        lines.add(memory(destination));
        return lines;
    }

    private PrecheckLine sameHost(NativeHost destination) throws LibvirtException {
        String here = source.hostName();
        String there = destination.hostName();
        if (request.sourceUri().equals(request.destinationUri()) || hostUuid(source).equals(hostUuid(destination))) {
            return PrecheckLine.red(REACHABLE, "The destination is the host the guest is already on.",
                    "Choose another host.");
        }
        return PrecheckLine.green(REACHABLE, "Connected to " + there + " (from " + here + ").");
    }

    /** The host's own UUID from its capabilities: two URIs may name the same host. */
    private static String hostUuid(NativeHost conn) throws LibvirtException {
        return HostCapabilities.uuid(conn.capabilities()).orElse(conn.uri());
    }

    private PrecheckLine options() {
        if (request.has(MigrationOption.TUNNELLED) && request.has(MigrationOption.POST_COPY)) {
            return PrecheckLine.red(OPTIONS, "libvirt cannot switch to post-copy through a tunnel.",
                    "Untick tunnelled or post-copy.");
        }
        if (request.mode() == MigrationMode.OFFLINE && request.storage() != StorageCopy.SHARED) {
            return PrecheckLine.red(OPTIONS, "Disks cannot be copied offline: only the definition moves.",
                    "Choose shared storage, or start the guest and move it live with its disks.");
        }
        if (request.has(MigrationOption.UNSAFE)) {
            return PrecheckLine.amber(OPTIONS, "libvirt's storage safety checks are switched off (unsafe).",
                    "Only for storage you know both hosts share; otherwise the guest may lose its disk.");
        }
        return PrecheckLine.green(OPTIONS, "The chosen options work together.");
    }

    private PrecheckLine busy() {
        try {
            NativeMigration.JobStats job = NativeMigration.jobStats(source, request.guestUuid(), false);
            if (job.type() != NativeMigration.JobStats.NONE && job.type() < NativeMigration.JobStats.COMPLETED) {
                return PrecheckLine.red(NOT_BUSY, "The guest is already in the middle of a job (another migration,"
                        + " a save or a dump).", "Wait for it to finish or cancel it first.");
            }
        } catch (LibvirtException e) {
            return PrecheckLine.amber(NOT_BUSY, "Could not ask whether the guest is busy: "
                    + LibvirtFailure.reason(e) + ".", "");
        }
        return PrecheckLine.green(NOT_BUSY, "No other job is running on the guest.");
    }

    private PrecheckLine state() throws LibvirtException {
        int state = guest.info().state();
        boolean active = guest.active();
        if (request.mode() == MigrationMode.OFFLINE) {
            if (active) {
                return PrecheckLine.red(STATE, "The guest is running; offline moves only a shut-off guest's definition.",
                        "Shut the guest down, or choose live or paused.");
            }
            if (!guest.persistent()) {
                return PrecheckLine.red(STATE, "The guest has no stored definition to move.", "Define it first.");
            }
            return PrecheckLine.green(STATE, "Shut off: its definition will move.");
        }
        if (!active) {
            return PrecheckLine.red(STATE, "The guest is shut off; live and paused moves need it running.",
                    "Choose offline, or start the guest.");
        }
        return PrecheckLine.green(STATE, state == NativeGuest.PAUSED
                ? "Paused: it stays paused on the destination." : "Running.");
    }

    private PrecheckLine hypervisor(NativeHost destination) throws LibvirtException {
        String here = source.type();
        String there = destination.type();
        if (!here.equalsIgnoreCase(there)) {
            return PrecheckLine.red(HYPERVISOR, "The source runs " + here + ", the destination " + there + ".",
                    "Choose a destination with the same hypervisor.");
        }
        return PrecheckLine.green(HYPERVISOR, "Both hosts run " + here + ".");
    }

    private PrecheckLine cpu(NativeHost destination) {
        if (request.mode() == MigrationMode.OFFLINE) {
            return PrecheckLine.green(CPU, "Not needed: the guest is not running.");
        }
        GuestCpu cpu = GuestCpu.of(guestXml);
        if (!cpu.present()) {
            return PrecheckLine.green(CPU, "The guest uses the hypervisor's default CPU model, which every host offers.");
        }
        if (cpu.emulated()) {
            // virConnectCompareCPU asks about the host's CPU, which only KVM guests run on directly.
            return PrecheckLine.green(CPU, "QEMU emulates the guest's CPU ("
                    + (cpu.model().isEmpty() ? cpu.mode() : cpu.model()) + "): any host runs it.");
        }
        if (cpu.mode().equals("host-passthrough") || cpu.mode().equals("maximum")) {
            return PrecheckLine.amber(CPU, "The guest sees the source's exact CPU (" + cpu.mode()
                    + "); it can move only to an identical CPU.", "Give the guest a named CPU model to move it freely.");
        }
        try {
            if (destination.compareCpu(cpu.xml()) == CPU_INCOMPATIBLE) {
                return PrecheckLine.red(CPU, "The destination's CPU lacks features the guest uses ("
                        + (cpu.model().isEmpty() ? cpu.mode() : cpu.model()) + ").",
                        "Choose a destination with a newer CPU, or give the guest an older CPU model.");
            }
            return PrecheckLine.green(CPU, "The destination's CPU offers everything the guest uses ("
                    + (cpu.model().isEmpty() ? cpu.mode() : cpu.model()) + ").");
        } catch (LibvirtException e) {
            return PrecheckLine.amber(CPU, "The destination could not compare CPUs: " + LibvirtFailure.reason(e) + ".",
                    "libvirt checks again when the migration starts.");
        }
    }

    private List<PrecheckLine> disks(NativeHost destination) {
        List<PrecheckLine> lines = new ArrayList<>();
        boolean copying = request.storage() != StorageCopy.SHARED && request.mode() != MigrationMode.OFFLINE;
        for (DomainDisk disk : DomainDisks.parse(guestXml)) {
            if (disk.source() == null || disk.isVolumeReference() || !disk.source().startsWith("/")) {
                continue;
            }
            String check = DISKS + " (" + disk.target() + ")";
            DiskPresence presence = DiskPresence.of(destination, disk.source());
            boolean there = presence == DiskPresence.PRESENT;
            boolean copied = copying && !disk.readOnly() && !disk.shareable();
            if (copied && request.storage() == StorageCopy.INCREMENTAL && !there) {
                lines.add(PrecheckLine.red(check, disk.source() + " is not on the destination; an incremental copy"
                        + " needs the image there first.", "Copy all, or create the image on the destination."));
            } else if (copied) {
                lines.add(PrecheckLine.green(check, disk.source() + " will be copied to the destination."));
            } else if (there) {
                lines.add(PrecheckLine.green(check, disk.source() + " is visible at the same path on the destination."));
            } else if (presence == DiskPresence.UNKNOWN) {
                lines.add(PrecheckLine.amber(check, "No storage pool on the destination covers the folder of "
                        + disk.source() + ", so Summit cannot see whether it is there.",
                        "libvirt refuses at the start if it is missing; a storage pool on that folder makes this certain."));
            } else {
                lines.add(PrecheckLine.red(check, disk.source() + " is not visible on the destination.",
                        request.mode() == MigrationMode.OFFLINE
                                ? "Put the disk on storage both hosts share first."
                                : "Choose \"copy storage\", or put the disk on storage both hosts share."));
            }
        }
        if (lines.isEmpty()) {
            lines.add(PrecheckLine.green(DISKS, "The guest has no disk files."));
        }
        return lines;
    }

    private PrecheckLine networks(NativeHost destination) {
        GuestNetworks wanted = GuestNetworks.of(guestXml);
        List<String> missing = new ArrayList<>();
        for (String network : wanted.networks()) {
            try {
                Optional<Boolean> active = destination.networkActive(network);
                if (active.isEmpty()) {
                    missing.add("network " + network);
                } else if (!active.get()) {
                    missing.add("network " + network + " (not started)");
                }
            } catch (LibvirtException e) {
                missing.add("network " + network);
            }
        }
        for (String bridge : wanted.bridges()) {
            if (!destination.hasInterface(bridge)) {
                missing.add("bridge " + bridge);
            }
        }
        if (wanted.networks().isEmpty() && wanted.bridges().isEmpty()) {
            return PrecheckLine.green(NETWORKS, "The guest has no network cards on networks or bridges.");
        }
        if (!missing.isEmpty()) {
            return PrecheckLine.red(NETWORKS, "Missing on the destination: " + String.join(", ", missing) + ".",
                    "Create or start them on the destination with the same names.");
        }
        return PrecheckLine.green(NETWORKS, "Every network and bridge the guest uses exists on the destination.");
    }

    private PrecheckLine name(NativeHost destination) throws LibvirtException {
        String name = guest.name();
        NativeGuest other;
        try {
            other = destination.guestByName(name);
        } catch (LibvirtException e) {
            return PrecheckLine.green(NAME, "No guest on the destination is called " + name + ".");
        }
        try (other) {
            boolean running = other.active();
            if (other.uuid().equals(request.guestUuid()) && !running) {
                return PrecheckLine.amber(NAME, "The destination already holds this guest's definition (shut off).",
                        "It will be replaced by the one that arrives.");
            }
            return PrecheckLine.red(NAME, "The destination already has " + (running ? "a running" : "a")
                    + " guest called " + name + ".", "Rename one of them, or remove the one on the destination.");
        }
    }

    private PrecheckLine memory(NativeHost destination) throws LibvirtException {
        if (request.mode() == MigrationMode.OFFLINE) {
            return PrecheckLine.green(MEMORY, "Not needed: the guest is not running.");
        }
        long needed = guest.info().memoryKiB() * 1024;
        long free = destination.freeMemoryBytes();
        if (free < needed) {
            // libvirt does not check this itself: QEMU starts and the host swaps or kills something.
            return PrecheckLine.overridableRed(MEMORY, "The guest needs " + ByteSize.human(needed) + ", the destination has "
                    + ByteSize.human(free) + " free.", "Free memory on the destination, or override if it can swap.");
        }
        if (free < needed + needed / 5) {
            return PrecheckLine.amber(MEMORY, "The guest needs " + ByteSize.human(needed) + "; the destination has only "
                    + ByteSize.human(free) + " free.", "It fits, with little room to spare.");
        }
        return PrecheckLine.green(MEMORY, "The guest needs " + ByteSize.human(needed) + "; the destination has " + ByteSize.human(free)
                + " free.");
    }
}
