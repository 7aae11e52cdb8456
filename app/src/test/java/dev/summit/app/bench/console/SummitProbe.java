package dev.summit.app.bench.console;

import dev.summit.console.fx.ConsoleView;
import dev.summit.console.fx.ScaleMode;
import dev.summit.console.rfb.protocol.CursorShape;
import dev.summit.console.rfb.protocol.RfbClient;
import dev.summit.console.rfb.protocol.RfbListener;
import dev.summit.console.rfb.protocol.RfbOptions;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Summit's side of the frame-rate comparison, run in a JVM of its own by {@link ViewerProcess}:
 * the RFB client with Summit's default options, either headless (decoding into its framebuffer
 * and nothing else) or feeding a {@link ConsoleView} in a window at 1:1, as a console window does,
 * so copying each pulse's damage into the image and rendering it count too. It reports "connected"
 * at the first frame, then "updates continuous" (or "requested") and "frames N" when Xvnc drops it.
 */
public final class SummitProbe {
    private SummitProbe() {
    }

    /** Runs until the server ends the connection; {@code report} gets the lines the watcher reads. */
    public static void run(int port, boolean window, Consumer<String> report) throws IOException, InterruptedException {
        CompletableFuture<String> ended = new CompletableFuture<>();
        long[] frames = new long[1];
        ConsoleView console = window ? showWindow() : null;
        RfbListener view = console == null ? new RfbListener() { } : console.rfbListener();
        RfbListener listener = new RfbListener() {
            @Override
            public void desktopResized(int width, int height) {
                view.desktopResized(width, height);
            }

            @Override
            public void frameCompleted() {
                if (frames[0]++ == 0) {
                    report.accept("connected");
                }
                view.frameCompleted();
            }

            @Override
            public void cursorChanged(CursorShape cursor) {
                view.cursorChanged(cursor);
            }

            @Override
            public void disconnected(String reason) {
                ended.complete(reason);
            }
        };
        RfbClient client = new RfbClient(TcpTransport.connect(port), RfbOptions.defaults(), listener);
        if (console != null) {
            Platform.runLater(() -> console.attach(client::framebuffer, client));
        }
        client.start();
        try {
            ended.get();
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
        // Whether Xvnc pushed updates (ContinuousUpdates) or each was asked for after the last.
        report.accept("updates " + (client.continuousUpdates() ? "continuous" : "requested"));
        report.accept("frames " + frames[0]);
    }

    /** A stage just larger than the remote screen, so 1:1 shows all of it without scroll bars. */
    private static ConsoleView showWindow() throws InterruptedException {
        CompletableFuture<ConsoleView> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            ConsoleView view = new ConsoleView();
            view.setScaleMode(ScaleMode.ONE_TO_ONE);
            Stage stage = new Stage();
            stage.setTitle("Summit console benchmark");
            stage.setScene(new Scene(view, 1296, 816));
            stage.show();
            shown.complete(view);
        });
        try {
            return shown.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
