package dev.summit.app.console;

import dev.summit.app.console.ConsoleConnector.OpenedConsole;
import dev.summit.connectors.host.HostSession;
import dev.summit.console.fx.ConsoleView;
import dev.summit.console.rfb.protocol.RfbListener;
import dev.summit.console.rfb.protocol.RfbState;
import dev.summit.console.rfb.protocol.RfbStatistics;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one guest's screen in a {@link ConsoleView} for as long as the window is open: connects
 * when the guest runs, says so when it stops, reconnects when the display comes back (a reboot
 * that restarts QEMU, libvirtd restarting, the guest arriving on another host), and never leaves
 * a stale frame looking live. Decisions are {@link ConsolePlan}'s; this class carries them out.
 *
 * <p>FX thread only. Reports from a connection's threads hop over with {@code Platform.runLater},
 * and reports from a connection this session already dropped are ignored (each has a generation).
 */
public final class ConsoleSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleSession.class);

    private final String guestUuid;
    private final ConsoleView view;
    private final ConsoleConnector connector;
    private final Function<String, Optional<HostSession>> hosts;
    private final ConsolePlan plan = new ConsolePlan();
    private final PauseTransition retry = new PauseTransition();
    private final ReadOnlyObjectWrapper<OpenedConsole> current = new ReadOnlyObjectWrapper<>();
    private long generation;
    private boolean closed;
    private Consumer<String> guestClipboard = text -> { };

    /**
     * @param hosts the live connection of a host URI, when Summit has one
     */
    public ConsoleSession(String guestUuid, ConsoleView view, ConsoleConnector connector,
                          Function<String, Optional<HostSession>> hosts) {
        this.guestUuid = guestUuid;
        this.view = view;
        this.connector = connector;
        this.hosts = hosts;
        retry.setOnFinished(e -> carryOut(plan.retryDue()));
        view.setStatusText(plan.statusText());
    }

    /** Makes the session for a window's view, so the window need not know how consoles connect. */
    @FunctionalInterface
    public interface Factory {
        ConsoleSession create(ConsoleView view);
    }

    /** The connection shown now (for the status line and Send Key), or null. */
    public ReadOnlyObjectProperty<OpenedConsole> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The list changed; call after every applied snapshot. */
    public void update(GuestWhereabouts whereabouts) {
        if (!closed) {
            carryOut(plan.guestChanged(whereabouts));
        }
    }

    /** Where text the guest put on its clipboard goes (FX thread); the pane decides whether to share it. */
    public void onGuestClipboard(Consumer<String> sink) {
        guestClipboard = sink;
    }

    public Optional<RfbStatistics> statistics() {
        return Optional.ofNullable(current.get()).map(c -> c.client().statistics());
    }

    private void carryOut(ConsolePlan.Step step) {
        if (closed) {
            return;
        }
        // Java 17: no pattern switch yet, so the sealed steps are told apart with instanceof.
        if (step instanceof ConsolePlan.Step.Connect connect) {
            connect(connect.hostUri());
        } else if (step instanceof ConsolePlan.Step.Close) {
            drop();
            carryOut(plan.next());
        } else if (step instanceof ConsolePlan.Step.RetryAfter after) {
            retry.setDuration(Duration.millis(after.delay().toMillis()));
            retry.playFromStart();
        }
        view.setStatusText(plan.statusText());
    }

    private void connect(String hostUri) {
        long mine = ++generation;
        Optional<HostSession> host = hosts.apply(hostUri);
        if (host.isEmpty()) {
            carryOut(plan.lost("the host is not connected"));
            return;
        }
        LOG.debug("console of {} connecting on {}", guestUuid, hostUri);
        connector.connect(host.get(), guestUuid, new TeeListener(view.rfbListener(), reports(mine)))
                .whenComplete((opened, failure) -> Platform.runLater(() -> {
                    if (mine != generation || closed) {
                        if (opened != null) {
                            opened.close();
                        }
                    } else if (failure != null) {
                        carryOut(plan.lost(reason(failure)));
                    } else {
                        current.set(opened);
                        view.attach(() -> opened.client().framebuffer(), opened.client());
                    }
                }));
    }

    private RfbListener reports(long mine) {
        return new RfbListener() {
            @Override
            public void stateChanged(RfbState state) {
                if (state == RfbState.CONNECTED) {
                    Platform.runLater(() -> {
                        if (mine == generation) {
                            carryOut(plan.connected());
                        }
                    });
                }
            }

            @Override
            public void serverClipboard(String text) {
                Platform.runLater(() -> {
                    if (mine == generation && !closed) {
                        guestClipboard.accept(text);
                    }
                });
            }

            @Override
            public void desktopResizeRefused(String reason) {
                LOG.info("console of {}: resizing the guest's screen refused: {}", guestUuid, reason);
            }

            @Override
            public void disconnected(String reason) {
                Platform.runLater(() -> {
                    if (mine == generation) {
                        drop();
                        carryOut(plan.lost(reason));
                    }
                });
            }
        };
    }

    /** Closes the shown connection, keeping its last frame greyed under the status text. */
    private void drop() {
        generation++;
        OpenedConsole open = current.get();
        current.set(null);
        if (open != null) {
            view.detach();
            open.close();
        }
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    @Override
    public void close() {
        retry.stop();
        drop();
        closed = true;
    }
}
