package dev.summit.app.vmlist;

import dev.summit.app.tasks.TaskRunner;
import dev.summit.connectors.host.HostEngine;
import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.ops.DeleteGuest;
import dev.summit.connectors.ops.DiskDecision;
import dev.summit.connectors.ops.GuestAction;
import dev.summit.connectors.ops.GuestActions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What the toolbar, the menus and the keyboard do to the selected guests. Never waits: each
 * action is queued to its host's worker and the outcome arrives later on the FX thread.
 */
public final class GuestCommands {
    private final HostEngine engine;
    private final TaskRunner tasks;
    private final Consumer<String> reportFailure;
    private Consumer<GuestRow> templateStarted;

    /** @param reportFailure shows one sentence to the user (the notification bar in the window) */
    public GuestCommands(HostEngine engine, TaskRunner tasks, Consumer<String> reportFailure) {
        this.engine = engine;
        this.tasks = tasks;
        this.reportFailure = reportFailure;
    }

    /** True when the action applies to at least one of the guests. */
    public boolean applies(GuestAction action, List<GuestRow> guests) {
        return guests.stream().anyMatch(g -> action.appliesTo(g.summary()));
    }

    /** Runs the action on every selected guest it applies to; each failure is reported on its own. */
    public void perform(GuestAction action, List<GuestRow> guests) {
        for (GuestRow guest : guests) {
            if (!action.appliesTo(guest.summary())) {
                continue;
            }
            tasks.run(guest.hostUri(), guest.toString(), action.name().toLowerCase(),
                    () -> GuestActions.perform(session(guest), action, guest.uuid()))
                    .exceptionally(failure -> {
                        if (templateStarted != null && causeIsTemplateRefusal(failure)) {
                            templateStarted.accept(guest);
                        } else {
                            reportFailure.accept(TaskRunner.messageOf(failure));
                        }
                        return null;
                    });
        }
    }

    /** Instead of only saying no when a template is started: e.g. offer to clone it (on the result thread). */
    public void whenTemplateStarted(Consumer<GuestRow> offer) {
        this.templateStarted = offer;
    }

    private static boolean causeIsTemplateRefusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof dev.summit.connectors.templates.TemplateStartRefused) {
                return true;
            }
        }
        return false;
    }

    /** What deleting the guest would do with each disk, for the confirmation dialog. */
    public CompletableFuture<List<DiskDecision>> planDelete(GuestRow guest) {
        return tasks.run(guest.hostUri(), guest.toString(), "inspect disks",
                () -> DeleteGuest.plan(session(guest), guest.uuid()));
    }

    /** Deletes the guest; reports what was left behind and why, or the failure. */
    public CompletableFuture<DeleteGuest.Outcome> delete(GuestRow guest, boolean removeOwnDisks) {
        CompletableFuture<DeleteGuest.Outcome> outcome = tasks.run(guest.hostUri(), guest.toString(), "delete",
                () -> DeleteGuest.run(session(guest), guest.uuid(), removeOwnDisks));
        outcome.whenComplete((done, failure) -> {
            if (failure != null) {
                reportFailure.accept(TaskRunner.messageOf(failure));
            } else if (!done.failures().isEmpty()) {
                reportFailure.accept("Deleted '" + done.guestName() + "', but could not delete "
                        + String.join("; ", done.failures()) + ".");
            }
        });
        return outcome;
    }

    private HostSession session(GuestRow guest) {
        return engine.session(guest.hostUri()).orElseThrow(() ->
                new HostOperationException("The host of '" + guest + "' is no longer open."));
    }
}
