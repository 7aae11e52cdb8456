package dev.summit.app.cli;

import dev.summit.connectors.edit.change.ChangeMedia;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** summit cdrom NAME --insert ISO | --eject: live on a running guest, and kept for the next boot. */
@Command(name = "cdrom", mixinStandardHelpOptions = true,
        description = "Insert an ISO into a guest's CD/DVD drive, or eject it (live, and kept for next boot).")
final class CdromCommand implements Callable<Integer> {
    @Mixin
    HostOption host;

    @Parameters(paramLabel = "NAME", description = "The guest's name.")
    String name;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Media media;

    static final class Media {
        @Option(names = "--insert", paramLabel = "ISO", description = "An ISO on the host (path) or in a pool (POOL/VOL).")
        String insert;

        @Option(names = "--eject", description = "Empty the drive.")
        boolean eject;
    }

    @Option(names = "--target", paramLabel = "DEV", description = "Which drive (hdc, sda…); default: the first.")
    String target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return GuestEditRun.apply(spec, host, name, media.eject ? "eject" : "insert",
                List.of(new ChangeMedia(target, media.eject ? null : media.insert)));
    }
}
