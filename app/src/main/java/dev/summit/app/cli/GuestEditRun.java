package dev.summit.app.cli;

import dev.summit.connectors.edit.EditBatch;
import dev.summit.connectors.edit.EditOutcome;
import dev.summit.connectors.edit.GuestEdit;
import dev.summit.connectors.edit.GuestEditor;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The shared body of the editing verbs (edit, disk, cdrom, nic, boot, xml): the edits go to the
 * guest as one batch through the same GuestEditor the window uses, land in the history, and each
 * prints "NAME: what — when" ("applied now and kept for next boot", "applies at next boot").
 */
final class GuestEditRun {
    private GuestEditRun() {
    }

    static int apply(CommandSpec spec, HostOption host, String name, String operation, List<GuestEdit> edits)
            throws InterruptedException {
        if (edits.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Nothing to change: give at least one option.");
        }
        try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
            HostSession session = cli.connect(host);
            return apply(spec, cli, session, CliSession.guest(session, name), operation, edits);
        }
    }

    /** The same on a session the verb already has open (xml --apply, which read the guest first). */
    static int apply(CommandSpec spec, CliSession cli, HostSession session, GuestSummary guest, String operation,
                     List<GuestEdit> edits) throws InterruptedException {
        EditBatch batch = new EditBatch(edits);
        cli.run(session, guest.name(), operation, () -> GuestEditor.apply(session, guest.uuid(), batch));
        PrintWriter out = spec.commandLine().getOut();
        for (EditOutcome outcome : batch.outcomes()) {
            out.println(guest.name() + ": " + outcome.sentence());
        }
        out.flush();
        return 0;
    }
}
