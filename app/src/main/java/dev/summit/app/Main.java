package dev.summit.app;

import dev.summit.app.cli.SummitCommand;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.LibvirtEventLoop;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** `summit` opens the window; `summit <verb>` runs the same operations headless. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = args.length == 0 ? openWindow() : SummitCommand.forArguments(args).execute(args);
        LibvirtEventLoop.stopForExit();
        System.exit(code);
    }

    /**
     * The plain launch (menu, dock) skips building picocli's model of every verb, a noticeable
     * part of start-up for a command line with nothing to parse; failures end the same way.
     */
    private static int openWindow() {
        try {
            return GuiLauncher.run(null, EngineSettings.DEFAULT);
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
