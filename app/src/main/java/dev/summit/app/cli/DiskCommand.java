package dev.summit.app.cli;

import dev.summit.connectors.edit.change.AddDisk;
import dev.summit.connectors.edit.change.DiskSource;
import dev.summit.connectors.edit.change.RemoveDisk;
import dev.summit.connectors.edit.change.ResizeDisk;
import dev.summit.connectors.units.ByteSize;
import dev.summit.connectors.xml.DiskBus;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** summit disk add | resize | remove: a guest's disks, hot-plugged and grown live where the bus allows. */
@Command(name = "disk", mixinStandardHelpOptions = true, description = "Add, grow or remove a guest's disks.",
        subcommands = {DiskCommand.Add.class, DiskCommand.Resize.class, DiskCommand.Remove.class})
final class DiskCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a disk: a new volume, a volume already in a pool, or an image file on the host."
                    + " Hot-plugged into a running guest on virtio and SCSI.")
    static final class Add implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Parameters(paramLabel = "NAME", description = "The guest's name.")
        String name;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Source source;

        static final class Source {
            @Option(names = "--size", paramLabel = "GiB", description = "A new volume of this size.")
            Long sizeGiB;

            @Option(names = "--volume", paramLabel = "POOL/VOL", description = "A volume already in a pool.")
            String volume;

            @Option(names = "--file", paramLabel = "PATH", description = "An image file (or block device) on the host.")
            String file;
        }

        @Option(names = "--pool", paramLabel = "P", defaultValue = "default",
                description = "Pool for a new volume (default: ${DEFAULT-VALUE}, made if the host has none).")
        String pool;

        @Option(names = "--format", paramLabel = "qcow2|raw", defaultValue = "qcow2", description = "A new volume's format.")
        String format;

        @Option(names = "--bus", paramLabel = "B", description = "virtio (default), scsi, sata or ide.")
        String bus;

        @Option(names = "--target", paramLabel = "DEV", description = "The guest's name for it (vdb…); default: the next free.")
        String target;

        @Option(names = "--cache", paramLabel = "MODE", description = "none, writethrough, writeback, directsync, unsafe.")
        String cache;

        @Option(names = "--discard", paramLabel = "unmap|ignore", description = "Pass the guest's TRIM to the image.")
        String discard;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            DiskSource from;
            if (source.sizeGiB != null) {
                from = new DiskSource.NewVolume(pool, name + "-" + Long.toString(System.currentTimeMillis(), 36)
                        + ("raw".equalsIgnoreCase(format) ? ".img" : ".qcow2"), source.sizeGiB, format);
            } else if (source.volume != null) {
                from = DiskSource.ExistingVolume.parse(source.volume);
            } else {
                from = new DiskSource.FilePath(source.file);
            }
            return GuestEditRun.apply(spec, host, name, "add disk",
                    List.of(new AddDisk(from, bus(spec, bus), target, cache, discard)));
        }
    }

    @Command(name = "resize", mixinStandardHelpOptions = true,
            description = "Grow a disk to SIZE GiB (live on a running guest); shrinking is refused.")
    static final class Resize implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Parameters(index = "0", paramLabel = "NAME", description = "The guest's name.")
        String name;

        @Parameters(index = "1", paramLabel = "TARGET", description = "The disk as the guest names it (vda…).")
        String target;

        @Option(names = "--size", paramLabel = "GiB", required = true, description = "The new size.")
        long sizeGiB;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return GuestEditRun.apply(spec, host, name, "resize disk", List.of(new ResizeDisk(target, sizeGiB * ByteSize.GIB)));
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove a disk from the guest; its volume stays unless --delete-volume (never an ISO, a"
                    + " read-only or shareable disk, or an image another guest uses or builds on).")
    static final class Remove implements Callable<Integer> {
        @Mixin
        HostOption host;

        @Parameters(index = "0", paramLabel = "NAME", description = "The guest's name.")
        String name;

        @Parameters(index = "1", paramLabel = "TARGET", description = "The disk as the guest names it (vdb…).")
        String target;

        @Option(names = "--delete-volume", description = "Delete its volume too, where the delete rules allow.")
        boolean deleteVolume;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return GuestEditRun.apply(spec, host, name, "remove disk", List.of(new RemoveDisk(target, deleteVolume)));
        }
    }

    static DiskBus bus(CommandSpec spec, String bus) {
        if (bus == null) {
            return DiskBus.VIRTIO;
        }
        for (DiskBus known : DiskBus.values()) {
            if (known.libvirtName().equals(bus.toLowerCase(Locale.ROOT))) {
                return known;
            }
        }
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Unknown bus '" + bus
                + "': use virtio, scsi, sata or ide.");
    }
}
