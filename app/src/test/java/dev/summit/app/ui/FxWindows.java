package dev.summit.app.ui;

import dev.summit.app.SummitGui;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** What the dialog and window tests share: reading on the FX thread, finding a window by title, a picture for a person. */
public final class FxWindows {
    private FxWindows() {
    }

    /** Runs on the FX thread and waits for the answer (30 s at most: the FX thread of a loaded machine can lag). */
    public static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Polls {@code condition} until it holds; after {@code timeout} fails naming {@code what}. The
     * tests' one way to wait: for what a fixed sleep would only hope had happened by then.
     */
    public static void await(String what, Duration timeout, Callable<Boolean> condition) {
        // A condition that throws has not come true yet (the node it reads is not built, the row not
        // listed): TestFX would end the wait on the first throw, so a window a pulse slow under load
        // failed the test. The last such failure is kept as the cause if the time runs out.
        AtomicReference<Throwable> notYet = new AtomicReference<>();
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, () -> {
                try {
                    return condition.call();
                } catch (Exception | AssertionError e) {
                    notYet.set(e);
                    return false;
                }
            });
        } catch (TimeoutException e) {
            AssertionError failure = new AssertionError("waited " + timeout.toSeconds() + " s for " + what,
                    notYet.get() != null ? notYet.get() : e);
            throw failure;
        }
    }

    /** The root of the showing window with this title, once it shows (a minute at most: dialogs show late under load). */
    public static Node awaitWindow(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> robot.listTargetWindows().stream()
                .anyMatch(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing())));
        return onFx(() -> robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .findFirst().orElseThrow().getScene().getRoot());
    }

    /**
     * The node TestFX would click for {@code query} (a text or a CSS selector), once it is visible: a
     * menu's popup shows a while after the click that opens it on a loaded machine, and a node
     * TestFX finds but cannot see it cannot click. Two minutes at most (a guest a loaded daemon lists late).
     */
    public static Node awaitVisible(FxRobot robot, String query) throws Exception {
        Callable<Optional<Node>> visible = () -> robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery();
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> visible.call().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("waited 120 s for \"" + query + "\" to show", e);
        }
        return visible.call().orElseThrow();
    }

    /**
     * Double-clicks {@code target} (found again each time) until {@code opened} holds, five tries of
     * 30 s: on the machine's daemon other runs' guests come and go and move the rows between finding a
     * cell and clicking it, and a loaded machine may take the two clicks for two single ones.
     */
    public static void doubleClickUntil(FxRobot robot, Callable<Node> target, String what, Callable<Boolean> opened)
            throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            robot.doubleClickOn(target.call());
            try {
                await(what, Duration.ofSeconds(30), opened);
                return;
            } catch (AssertionError notYet) {
                // the click went elsewhere or was not a double click: find the row again, click again
            }
        }
        throw new AssertionError(what + ": not after five double-clicks");
    }

    /**
     * Closes the guest's window on the FX thread and waits for it, then Summit's window and what
     * else the test opened (engine, store). Waited for, and asking no daemon on the FX thread: a
     * failure left to TestFX surfaces as a "delayed exception" inside ApplicationExtension's cleanup,
     * which then skips hiding the test's windows, and the next test's clicks meet a stale modal dialog.
     */
    public static void closeSummit(String guestUuid, SummitGui gui, AutoCloseable... opened) throws Exception {
        onFx(() -> {
            gui.guestWindows().window(guestUuid).ifPresent(w -> w.stage().close());
            return null;
        });
        gui.close();
        for (AutoCloseable each : opened) {
            each.close();
        }
    }

    /** The whole screen as target/screens/NAME.png, for a person to look at; the assertions are the test. */
    public static void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screens");
            Files.createDirectories(dir);
            new ProcessBuilder("import", "-window", "root", dir.resolve(name + ".png").toString()).start()
                    .waitFor(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // only a picture
        }
    }
}
