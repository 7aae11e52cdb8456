package dev.summit.app;

import dev.summit.app.cli.SummitCommand;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.LibvirtEventLoop;
import org.slf4j.LoggerFactory;

/** `summit` opens the window; `summit <verb>` runs the same operations headless. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        StartTimeline.mark("main");
        String windowHost = WindowArguments.hostOf(args);
        int code = args.length == 0 || windowHost != null ? openWindow(windowHost)
                : SummitCommand.forArguments(args).execute(args);
        LibvirtEventLoop.stopForExit();
        System.exit(code);
    }

    /**
     * The plain launch (menu, dock) and {@code summit --connect URI} skip picocli altogether: its
     * classes cannot be kept in the AOT cache, so parsing a command line that simple cost a
     * noticeable part of start-up. Failures end the same way.
     */
    private static int openWindow(String connectUri) {
        try {
            return GuiLauncher.run(connectUri, EngineSettings.DEFAULT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Main.class).error("summit: {}", e.getMessage() == null ? e.toString() : e.getMessage());
            LoggerFactory.getLogger(Main.class).debug("start-up failed", e);
            return 1;
        }
    }
}
