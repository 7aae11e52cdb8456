package dev.summit.app;

import dev.summit.app.cli.SummitCommand;
import picocli.CommandLine;

/** `summit` opens the window; `summit <verb>` runs the same operations headless. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(SummitCommand.commandLine().execute(args));
    }
}
