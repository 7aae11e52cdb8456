package dev.summit.connectors.ops;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.ops.CreateProblem.Field;
import dev.summit.connectors.osinfo.OsInfoDb;
import dev.summit.connectors.storage.DefaultPool;
import dev.summit.connectors.storage.NewDiskPools;
import dev.summit.connectors.storage.PoolSummary;
import dev.summit.connectors.storage.StoragePools;
import dev.summit.connectors.storage.VolumeSummary;
import dev.summit.connectors.units.ByteSize;
import dev.summit.connectors.xml.Emulation;
import dev.summit.connectors.xml.Firmware;
import dev.summit.connectors.xml.GuestMedia;
import dev.summit.connectors.xml.GuestNic;
import dev.summit.connectors.xml.GuestSize;
import dev.summit.connectors.xml.GuestSpec;
import dev.summit.connectors.xml.KvmDomainBuilder;
import dev.summit.connectors.xml.MacAddresses;
import dev.summit.connectors.xml.NicChoice;
import dev.summit.connectors.xml.XenBoot;
import dev.summit.connectors.xml.XenDomainBuilder;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.Network;
import org.libvirt.NodeInfo;
import org.libvirt.StorageVol;

/**
 * Creates a KVM guest from an ISO: a new qcow2 volume, the definition, then start. Each step that
 * changes the host registers its undo; a failure or a cancel between steps undoes them in reverse,
 * so nothing half-made stays, and the message says why in one sentence.
 */
public final class CreateGuest {
    private final HostSession host;
    private final CreateRequest request;
    private final OsInfoDb osinfo;
    private String editedXml;
    private Path importPath;
    private String hostIsoPath;
    private ImportedDisk imported;
    private boolean networkBoot;
    private ImportedDisk importedOnHost;
    private String installerKernel;
    private String installerInitrd;
    private String installerCmdline;

    public CreateGuest(HostSession host, CreateRequest request, OsInfoDb osinfo) {
        this.host = host;
        this.request = request;
        this.osinfo = osinfo;
    }

    /**
     * Defines the guest from this XML instead of the built one (the wizard's "edit XML before
     * install"); it should name the disk at the path {@link #previewXml} gave it.
     */
    public CreateGuest withXml(String xml) {
        this.editedXml = xml;
        return this;
    }

    /**
     * Boots the guest from this existing disk image, used in place, instead of a new volume in the
     * pool; the request's pool and disk size are then not used.
     */
    public CreateGuest importing(Path disk) {
        this.importPath = disk;
        return this;
    }

    /**
     * Boots this image, already on the host (a copy {@code DiskOnHost} made), instead of a new
     * volume; its header was read from the original on this machine.
     */
    public CreateGuest importingOnHost(ImportedDisk copy) {
        this.importedOnHost = copy;
        return this;
    }

    /**
     * A guest with an empty disk that boots from the network first (PXE), for installs served by a
     * boot server; the request's ISO, if any, is not used.
     */
    public CreateGuest bootingFromNetwork() {
        this.networkBoot = true;
        return this;
    }

    /**
     * A network install: the guest runs the installer's kernel and initrd (already on the host, see
     * {@code InstallerOnHost}) once, with a new empty disk; its definition boots that disk afterwards.
     * The two files are deleted from the host once QEMU has loaded them.
     */
    public CreateGuest installingFrom(String kernelOnHost, String initrdOnHost, String cmdline) {
        this.installerKernel = kernelOnHost;
        this.installerInitrd = initrdOnHost;
        this.installerCmdline = cmdline;
        return this;
    }

    /**
     * The ISO as the host sees it when that is not the request's local file: a volume the wizard
     * uploaded to a remote host. The local file is still what the OS is detected from.
     */
    public CreateGuest withHostIso(String path) {
        this.hostIsoPath = path;
        return this;
    }

    /** The XML the guest would be defined with, its disk at {@code diskPath}; changes nothing. */
    public String previewXml(Checked checked, String diskPath) {
        return xml(checked, diskPath);
    }

    /** KVM/QEMU XML, or on a Xen host a PV or HVM guest ({@link XenGuestChoice}). */
    private String xml(Checked checked, String diskPath) {
        if (!"xen".equals(checked.virtType())) {
            return KvmDomainBuilder.build(spec(checked, diskPath));
        }
        GuestSpec kvm = spec(checked, diskPath);
        XenBoot boot = XenGuestChoice.bootFor(imported != null, checked.plan().os(), null);
        return XenDomainBuilder.build(XenGuestChoice.spec(request.name(), checked.plan().os(), kvm.size(), boot,
                kvm.media(), new GuestNic(request.network(), MacAddresses.random(MacAddresses.XEN_PREFIX, new SecureRandom()))));
    }

    /** What would be made, and every problem found; changes nothing. */
    public CompletableFuture<Checked> precheck() {
        return host.submit("check", request.name(), this::check);
    }

    /** The plan after the host has been asked: resources capped where they were defaults, every problem. */
    public record Checked(CreatePlan plan, long memoryMiB, int vcpus, String virtType, List<CreateProblem> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }
    }

    public CompletableFuture<CreatedGuest> run(OperationProgress progress, CancelSignal cancel) {
        return host.submit("create", request.name(), conn -> create(conn, progress, cancel))
                .thenCompose(created -> host.refreshGuest(created.uuid()).handle((ok, ignored) -> created));
    }

    private Checked check(Connect conn) throws LibvirtException {
        CreatePlan plan = CreatePlan.of(request, osinfo);
        List<CreateProblem> problems = new ArrayList<>(plan.problems());
        if (plan.problems().stream().noneMatch(p -> p.field() == Field.NAME) && GuestNames.inUse(conn, request.name())) {
            problems.add(new CreateProblem(Field.NAME, "A guest named '" + request.name() + "' already exists on this host."));
        }
        NodeInfo node = conn.nodeInfo();
        long hostMiB = node.memory / 1024;
        long freeMiB = freeMemoryMiB(conn, hostMiB);
        long memory = plan.resources().memoryMiB();
        if (plan.memoryDefault()) {
            memory = Math.min(memory, Math.max(hostMiB / 2, 128));
        } else if (memory > hostMiB) {
            problems.add(new CreateProblem(Field.MEMORY, memory + " MiB is more memory than the host has (" + hostMiB + " MiB)."));
        } else if (memory > freeMiB) {
            problems.add(new CreateProblem(Field.MEMORY, memory + " MiB is more memory than the host has free now ("
                    + freeMiB + " MiB)."));
        }
        int vcpus = plan.resources().vcpus();
        if (plan.vcpusDefault()) {
            vcpus = Math.min(vcpus, node.cpus);
        } else if (vcpus > node.cpus) {
            problems.add(new CreateProblem(Field.VCPUS, vcpus + " vCPUs are more than the host's " + node.cpus + " CPUs."));
        }
        if (importedOnHost != null) {
            imported = importedOnHost;
        } else if (importPath != null) {
            try {
                imported = ImportedDisk.read(importPath);
            } catch (java.io.IOException e) {
                problems.add(new CreateProblem(Field.DISK, e.getMessage() + "."));
            }
        } else {
            checkPool(conn, plan, problems);
        }
        checkNetwork(conn, problems);
        if (networkBoot && request.network() instanceof NicChoice.None) {
            problems.add(new CreateProblem(Field.NETWORK, "Booting from the network needs a network card: choose a"
                    + " virtual network or a bridge."));
        }
        HostPlatform platform = HostPlatform.of(conn);
        if (request.firmware() == Firmware.UEFI && !platform.uefi()) {
            problems.add(new CreateProblem(Field.FIRMWARE, "This host offers no UEFI firmware; install the ovmf package"
                    + " on it (libvirtd then finds it) or choose BIOS."));
        }
        String virtType = platform.virtType();
        if (platform.xen() && XenGuestChoice.problem(request.network(), networkBoot) != null) {
            problems.add(new CreateProblem(networkBoot ? Field.MEDIA : Field.NETWORK,
                    XenGuestChoice.problem(request.network(), networkBoot)));
        }
        if (request.virtType() != null && !platform.xen() && !request.virtType().equals(virtType)) {
            if ("qemu".equals(request.virtType())) {
                virtType = "qemu";
            } else {
                problems.add(new CreateProblem(Field.VIRT_TYPE, "This host cannot run '" + request.virtType()
                        + "' guests; it offers " + virtType + "."));
            }
        }
        return new Checked(plan, memory, vcpus, virtType, problems);
    }

    /** Some drivers (the test driver, for one) cannot tell free memory; then only the host's total limits. */
    private static long freeMemoryMiB(Connect conn, long hostMiB) {
        try {
            return conn.getFreeMemory() / ByteSize.MIB;
        } catch (LibvirtException e) {
            return hostMiB;
        }
    }

    private void checkPool(Connect conn, CreatePlan plan, List<CreateProblem> problems) throws LibvirtException {
        PoolSummary pool = StoragePools.pools(conn).stream().filter(p -> p.name().equals(request.pool())).findFirst().orElse(null);
        if (pool == null && DefaultPool.NAME.equals(request.pool())) {
            return; // made when the disk is (DefaultPool), as virt-install does on a new host
        }
        java.util.Optional<String> unsuitable = pool == null || !pool.active() ? java.util.Optional.empty()
                : NewDiskPools.forbidden(pool);
        if (pool == null) {
            problems.add(new CreateProblem(Field.POOL, "There is no storage pool '" + request.pool() + "' on this host."));
        } else if (unsuitable.isPresent()) {
            problems.add(new CreateProblem(Field.POOL, "A new disk does not belong there: " + unsuitable.get()
                    + "; choose another pool (or '" + DefaultPool.NAME + "')."));
        } else if (!pool.active()) {
            problems.add(new CreateProblem(Field.POOL, "Storage pool '" + request.pool() + "' is not running."));
        } else {
            if (plan.resources().diskBytes() > pool.available()) {
                problems.add(new CreateProblem(Field.DISK, ByteSize.gib(plan.resources().diskBytes()) + " does not fit in pool '" + pool.name()
                        + "', which has " + ByteSize.gib(pool.available()) + " free."));
            }
            boolean taken = StoragePools.volumes(conn, pool.name()).stream().map(VolumeSummary::name)
                    .anyMatch(request.volumeName()::equals);
            if (taken && plan.problems().stream().noneMatch(p -> p.field() == Field.NAME)) {
                problems.add(new CreateProblem(Field.DISK, "Pool '" + pool.name() + "' already has a volume '"
                        + request.volumeName() + "'; choose another name or delete that volume."));
            }
        }
    }

    private void checkNetwork(Connect conn, List<CreateProblem> problems) {
        if (!(request.network() instanceof NicChoice.Network wanted)) {
            return;
        }
        try {
            Network network = conn.networkLookupByName(wanted.name());
            if (network.isActive() != 1) {
                problems.add(new CreateProblem(Field.NETWORK, "Network '" + wanted.name()
                        + "' is not running; start it (virsh net-start " + wanted.name() + ") or choose another."));
            }
        } catch (LibvirtException e) {
            problems.add(new CreateProblem(Field.NETWORK, "There is no network '" + wanted.name() + "' on this host."));
        }
    }

    private CreatedGuest create(Connect conn, OperationProgress progress, CancelSignal cancel) throws LibvirtException {
        progress.report(0, 0, "Checking the host");
        Checked checked = check(conn);
        if (!checked.problems().isEmpty()) {
            throw new HostOperationException("Could not create '" + request.name() + "': " + describe(checked.problems()));
        }
        CreatePlan plan = checked.plan();
        UndoStack undo = new UndoStack();
        String step = "check the host";
        try {
            stopIfCancelled(cancel, undo);
            String diskPath;
            long diskBytes;
            if (imported != null) {
                diskPath = imported.path().toString();
                diskBytes = imported.bytes();
            } else {
                step = "create its disk";
                if (DefaultPool.NAME.equals(request.pool())) {
                    DefaultPool.Ensured pool = DefaultPool.ensure(conn);
                    if (pool.created()) {
                        progress.report(0.05, 0, pool.sentence());
                    }
                }
                progress.report(0.1, 0, "Creating the disk " + request.volumeName() + " (" + ByteSize.gib(plan.resources().diskBytes())
                        + ") in pool " + request.pool());
                VolumeSummary volume = StoragePools.createQcow2(conn, request.pool(), request.volumeName(), plan.resources().diskBytes());
                StorageVol created = conn.storageVolLookupByPath(volume.path());
                undo.push("volume " + volume.path(), () -> created.delete(0));
                diskPath = volume.path();
                diskBytes = plan.resources().diskBytes();
            }
            stopIfCancelled(cancel, undo);

            step = "define it";
            progress.report(0.4, 0, "Defining " + request.name() + " (" + plan.os().name() + ")");
            String xml = editedXml != null ? editedXml : xml(checked, diskPath);
            Domain domain = conn.domainDefineXML(xml);
            undo.push("definition of " + request.name(),
                    () -> domain.undefine(request.firmware() == Firmware.UEFI ? LibvirtFlags.Undefine.NVRAM : 0));
            stopIfCancelled(cancel, undo);

            step = "start it";
            progress.report(0.7, 0, "Starting " + request.name());
            if (installerKernel != null) {
                conn.domainCreateXML(InstallerBoot.xml(xml, domain.getUUIDString(), installerKernel, installerInitrd,
                        installerCmdline), 0);
                deleteInstallerFiles(conn);
            } else {
                domain.create();
            }
            progress.report(1, 0, request.name() + " is running");
            return new CreatedGuest(request.name(), domain.getUUIDString(), plan.os().name(), plan.os().id(),
                    new GuestResources(checked.memoryMiB(), checked.vcpus(), diskBytes), diskPath, xml);
        } catch (LibvirtException | RuntimeException e) {
            if (e instanceof Cancelled) {
                throw e;
            }
            String reason = e instanceof LibvirtException libvirt ? LibvirtFailure.reason(libvirt) : e.getMessage();
            List<String> left = undo.unwind();
            throw new HostOperationException("Could not create '" + request.name() + "': it failed to " + step + " ("
                    + strip(reason) + ")" + leftBehind(left), e);
        }
    }

    private GuestSpec spec(Checked checked, String diskPath) {
        GuestSpec spec = baseSpec(checked, diskPath);
        return networkBoot ? spec.bootingFromNetwork() : spec;
    }

    private GuestSpec baseSpec(Checked checked, String diskPath) {
        CreatePlan plan = checked.plan();
        String isoPath = hostIsoPath != null ? hostIsoPath : request.iso() == null ? null : request.iso().toAbsolutePath().toString();
        return new GuestSpec(request.name(), plan.os().id(), new GuestSize(checked.memoryMiB(), checked.vcpus()),
                new Emulation(checked.virtType(), request.machine(), request.firmware(), request.emulator(), plan.virtio()),
                new GuestMedia(diskPath, imported != null ? imported.format() : "qcow2", isoPath),
                new GuestNic(request.network(), MacAddresses.random(MacAddresses.KVM_PREFIX, new SecureRandom())),
                request.display());
    }

    /** QEMU reads the kernel and initrd when it starts; kept, they would only take room in the pool. */
    private void deleteInstallerFiles(Connect conn) {
        for (String path : new String[] {installerKernel, installerInitrd}) {
            try {
                conn.storageVolLookupByPath(path).delete(0);
            } catch (LibvirtException e) {
                // left in the pool, harmless; the user sees it in the volume list
            }
        }
    }

    private void stopIfCancelled(CancelSignal cancel, UndoStack undo) {
        if (cancel.isCancelled()) {
            List<String> left = undo.unwind();
            throw new Cancelled("Cancelled creating '" + request.name() + "'" + leftBehind(left));
        }
    }

    /** The failure a cancel ends with: not a fault, and its undo has already run. */
    public static final class Cancelled extends RuntimeException {
        Cancelled(String message) {
            super(message);
        }
    }

    private static String leftBehind(List<String> left) {
        return left.isEmpty() ? "; nothing was left behind." : "; could not remove " + String.join(" and ", left) + ".";
    }

    private static String describe(List<CreateProblem> problems) {
        String first = strip(problems.get(0).message());
        return problems.size() == 1 ? first + "." : first + " (and " + (problems.size() - 1) + " more problem"
                + (problems.size() == 2 ? "" : "s") + ").";
    }

    private static String strip(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }


}
