package dev.summit.app.cli;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.ops.CloneMode;
import dev.summit.connectors.ops.CloneGuest;
import dev.summit.connectors.ops.CreateFromTemplate;
import dev.summit.connectors.ops.CreateGuest;
import dev.summit.connectors.ops.CreateProblem;
import dev.summit.connectors.ops.CreateRequest;
import dev.summit.connectors.ops.CreatedGuest;
import dev.summit.connectors.ops.GuestResources;
import dev.summit.connectors.ops.ImportedDisk;
import dev.summit.connectors.ops.InstallTreeLocator;
import dev.summit.connectors.ops.MachineChoice;
import dev.summit.connectors.ops.MountainNames;
import dev.summit.connectors.ops.NetInstall;
import dev.summit.connectors.ops.OperationProgress;
import dev.summit.connectors.osinfo.OsInfoDb;
import dev.summit.connectors.storage.DiskOnHost;
import dev.summit.connectors.storage.InstallerOnHost;
import dev.summit.connectors.storage.IsoOnHost;
import dev.summit.connectors.units.ByteSize;
import dev.summit.connectors.xml.DisplayListen;
import dev.summit.connectors.xml.Firmware;
import dev.summit.connectors.xml.Machine;
import dev.summit.connectors.xml.NicChoice;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code summit create}: the new-guest wizard's operation without a window. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Create a guest from an install ISO (a new qcow2 disk, the definition, then start), from an"
                + " existing disk image used in place (--import), or from a template (--template). Any failure undoes what was made.")
final class CreateCommand implements Callable<Integer> {
    private static final Map<String, String> OPTION_OF = Map.of("NAME", "--name", "MEMORY", "--memory", "VCPUS", "--vcpus",
            "DISK", "--disk", "POOL", "--pool", "MEDIA", "--iso", "NETWORK", "--network", "OS", "--os", "FIRMWARE", "--uefi",
            "VIRT_TYPE", "--virt-type");

    @Mixin
    HostOption host;

    @Option(names = "--name", paramLabel = "NAME", description = "The guest's name (default: a free mountain name).")
    String name;

    @Option(names = "--iso", paramLabel = "PATH", description = "Install media on this machine.")
    Path iso;

    @Option(names = "--import", paramLabel = "DISK",
            description = "Boot an existing disk image (qcow2 or raw) in place instead of installing; it is never deleted.")
    Path importDisk;

    @Option(names = "--template", paramLabel = "TEMPLATE",
            description = "Make the guest from a template on the host: a linked clone (a new overlay on the template's disks), started.")
    String template;

    @Option(names = "--copy", description = "With --import: copy the image into --pool (as NAME.qcow2 or NAME.img) and"
            + " boot the copy; the original is left alone. Always so on a remote host, which cannot open this machine's file.")
    boolean copy;

    @Option(names = "--location", paramLabel = "URL", description = "Install over the network from a tree (http/https):"
            + " its installer kernel and initrd are fetched here, uploaded to the pool, booted once; the disk boots after.")
    String location;

    @Option(names = "--pxe", description = "No install media: an empty disk, and the guest boots from the network first"
            + " (a PXE server on its network installs it).")
    boolean pxe;

    @Option(names = "--full", description = "With --template: copy the template's disks whole instead of linking them.")
    boolean full;

    @Option(names = "--memory", paramLabel = "MiB", description = "Memory (default: osinfo's recommendation for the OS).")
    long memoryMiB;

    @Option(names = "--vcpus", paramLabel = "N", description = "Virtual CPUs (default: osinfo's recommendation, at least 2).")
    int vcpus;

    @Option(names = "--disk", paramLabel = "GiB", description = "Size of the new qcow2 disk (default: osinfo's recommendation).")
    double diskGiB;

    @Option(names = "--pool", paramLabel = "POOL", defaultValue = CreateRequest.DEFAULT_POOL,
            description = "Storage pool for the disk (default: ${DEFAULT-VALUE}).")
    String pool;

    @Option(names = "--network", paramLabel = "NET", defaultValue = "default",
            description = "A libvirt network, bridge:BRIDGE, or none (default: ${DEFAULT-VALUE}).")
    String network;

    @Option(names = "--os", paramLabel = "ID", description = "osinfo short id or id, e.g. debian11, or generic (default: detected from the ISO).")
    String os;

    @Option(names = "--uefi", description = "Boot with UEFI (needs OVMF on the host) instead of BIOS.")
    boolean uefi;

    @Option(names = "--machine", paramLabel = "TYPE", defaultValue = "q35", description = "q35 or i440fx (default: ${DEFAULT-VALUE}).")
    String machine;

    @Option(names = "--virt-type", paramLabel = "TYPE",
            description = "kvm or qemu (emulation, slower; for guests KVM cannot run) (default: kvm where the host has it).")
    String virtType;

    @Option(names = "--dry-run", description = "Check everything and print the plan; create nothing.")
    boolean dryRun;

    @Mixin
    VncPasswordOption vncPassword;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((iso != null ? 1 : 0) + (importDisk != null ? 1 : 0) + (template != null ? 1 : 0) + (pxe ? 1 : 0)
                + (location != null ? 1 : 0) != 1) {
            err.println("summit: give one of --iso PATH, --import DISK, --template TEMPLATE, --location URL or --pxe.");
            return 2;
        }
        if (vncPassword.given() && template == null) {
            err.println("summit: " + VncPasswordOption.OPTION + " is for --template: other new guests get no password"
                    + " (set one with the guest window's Display page).");
            return 2;
        }
        try (CliSession cli = new CliSession(err)) {
            HostSession session = cli.connect(host);
            String guestName = name != null ? name : MountainNames.suggest(session.inventory().guests().values().stream()
                    .map(GuestSummary::name).collect(Collectors.toSet()));
            if (template != null) {
                return fromTemplate(cli, session, guestName, out, err);
            }
            CreateGuest create = new CreateGuest(session, request(guestName), OsInfoDb.system());
            if (importDisk != null) {
                create.importing(importDisk);
            }
            if (pxe) {
                create.bootingFromNetwork();
            }
            NetInstall install = null;
            if (location != null) {
                OsInfoDb db = OsInfoDb.system();
                try {
                    install = InstallTreeLocator.standard().locate(location, os == null ? null : db.find(os).orElse(null), db);
                } catch (java.io.IOException e) {
                    err.println("summit: --location: " + e.getMessage());
                    return 1;
                }
                err.println("summit: found the installer of " + install.os().name() + " at " + install.kernel());
                install.trustWarning().ifPresent(warning -> err.println("summit: warning: " + warning));
                create = new CreateGuest(session, request(guestName).withOs(install.os().shortId()), db);
            }
            CreateGuest.Checked checked = CliSession.await(create.precheck());
            if (!checked.problems().isEmpty()) {
                for (CreateProblem problem : checked.problems()) {
                    String option = importDisk != null && problem.field() == CreateProblem.Field.DISK ? "--import"
                            : OPTION_OF.get(problem.field().name());
                    err.println("summit: " + option + ": " + problem.message());
                }
                return 1;
            }
            if (dryRun) {
                out.println("would create " + guestName + " (" + checked.plan().os().name() + "): " + checked.memoryMiB()
                        + " MiB, " + checked.vcpus() + " vCPUs, " + (importDisk != null ? "disk " + importDisk.toAbsolutePath()
                        + " in place" : ByteSize.gib(checked.plan().resources().diskBytes()) + " disk in pool " + pool) + ", " + checked.virtType());
                return 0;
            }
            // A remote host cannot open this machine's file: it gets the ISO uploaded into the pool first.
            IsoOnHost media = CliSession.await(IsoOnHost.prepare(session, iso, pool, uploadPrinter(err), new CancelSignal()));
            create.withHostIso(media.hostPath());
            DiskOnHost copied = null;
            if (importDisk != null && (copy || IsoOnHost.isRemote(session.uri()))) {
                copied = CliSession.await(DiskOnHost.copy(session, ImportedDisk.read(importDisk), guestName, pool,
                        uploadPrinter(err), new CancelSignal()));
                create.importingOnHost(copied.disk());
            }
            InstallerOnHost installer = install == null ? null
                    : CliSession.await(InstallerOnHost.prepare(session, install, guestName, pool, uploadPrinter(err), new CancelSignal()));
            if (installer != null) {
                create.installingFrom(installer.kernelPath(), installer.initrdPath(), install.cmdline());
            }
            CreatedGuest created;
            CreateGuest creating = create;
            try {
                created = cli.run(session, guestName, "create", () -> creating.run((fraction, bytes, sentence) -> { }, new CancelSignal()));
            } catch (Exception e) {
                media.undo(session).handle((ok, ignored) -> null).join();
                if (installer != null) {
                    installer.undo(session).join();
                }
                if (copied != null) {
                    copied.undo(session).join();
                }
                throw e;
            }
            out.println("created " + created.name() + " (" + created.osName() + "): " + created.resources().memoryMiB() + " MiB, "
                    + created.resources().vcpus() + " vCPUs, " + ByteSize.gib(created.resources().diskBytes()) + " disk " + created.volumePath() + "; running");
            return 0;
        }
    }

    /** The wizard's template source without a window: one clone of the template, its resources set, started. */
    private int fromTemplate(CliSession cli, HostSession session, String guestName, PrintWriter out, PrintWriter err)
            throws Exception {
        CreateFromTemplate.Request request = new CreateFromTemplate.Request(template, guestName,
                full ? CloneMode.FULL : CloneMode.LINKED, memoryMiB, vcpus, vncPassword.choice());
        if (!vncPassword.given() && templateHasPassword(session)) {
            err.println("summit: " + VncPasswordOption.required(template));
            return 1;
        }
        List<String> problems = CliSession.await(CreateFromTemplate.precheck(session, request));
        if (!problems.isEmpty()) {
            problems.forEach(problem -> err.println("summit: " + problem));
            return 1;
        }
        if (dryRun) {
            out.println("would create " + guestName + " as a " + (full ? "full" : "linked") + " clone of template " + template);
            return 0;
        }
        CreatedGuest created = cli.run(session, guestName, "create",
                () -> CreateFromTemplate.run(session, request, (fraction, bytes, sentence) -> { }, new CancelSignal()));
        out.println("created " + created.name() + " (" + created.osName() + ", " + (full ? "full copy" : "linked clone") + "): "
                + created.resources().memoryMiB() + " MiB, " + created.resources().vcpus() + " vCPUs, disk " + created.volumePath() + "; running");
        return 0;
    }

    private boolean templateHasPassword(HostSession session) throws Exception {
        for (GuestSummary guest : session.inventory().guests().values()) {
            if (guest.name().equals(template) || guest.uuid().equals(template)) {
                return CliSession.await(CloneGuest.hasDisplayPassword(session, guest.uuid()));
            }
        }
        return false;
    }

    /** One line per tenth of an upload, so a slow link shows it is moving without flooding a log. */
    private static OperationProgress uploadPrinter(PrintWriter err) {
        int[] printedTenth = {-1};
        return (fraction, bytes, sentence) -> {
            int tenth = (int) (fraction * 10);
            if (tenth != printedTenth[0]) {
                printedTenth[0] = tenth;
                err.println("summit: " + sentence + " (" + tenth * 10 + "%)");
                err.flush();
            }
        };
    }

    private CreateRequest request(String guestName) {
        Machine type = "i440fx".equalsIgnoreCase(machine) || "pc".equalsIgnoreCase(machine) ? Machine.I440FX : Machine.Q35;
        return new CreateRequest(guestName, iso, os, new GuestResources(memoryMiB, vcpus, (long) (diskGiB * ByteSize.GIB)), pool,
                NicChoice.parse(network), new MachineChoice(type, uefi ? Firmware.UEFI : Firmware.BIOS, virtType, null),
                DisplayListen.UNIX_SOCKET);
    }
}
