package dev.summit.app.cli;

import dev.summit.connectors.units.ByteSize;
import dev.summit.app.storage.IsoLibrary;
import dev.summit.app.storage.LibraryIso;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The ISO library of this machine, as the Storage window's "ISO Library" tab keeps it: folders
 * (in SQLite) whose *.iso files the New Guest wizard offers.
 */
@Command(name = "iso", mixinStandardHelpOptions = true,
        description = "List the ISO library, or add or remove one of its folders.")
final class IsoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new IsoCommand());
        line.addSubcommand("list", new ListIsos());
        line.addSubcommand("add", new AddFolder());
        line.addSubcommand("remove", new RemoveFolder());
        return line;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    private static IsoLibrary library(CliSession cli) {
        return new IsoLibrary(cli.store(), Runnable::run);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the library's folders and the ISOs in them.")
    static final class ListIsos implements Callable<Integer> {
        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
                List<Path> folders = CliSession.await(library(cli).folders());
                List<LibraryIso> isos = CliSession.await(library(cli).localIsos());
                if (json) {
                    out.print(Json.value(asJson(folders, isos)));
                    out.flush();
                    return 0;
                }
                for (Path folder : folders) {
                    out.println(folder + (Files.isDirectory(folder) ? "" : "  (missing)"));
                    isos.stream().filter(iso -> iso.where().equals(folder.toString()))
                            .forEach(iso -> out.printf("  %-48s  %s%n", iso.name(), ByteSize.human(iso.bytes())));
                }
            }
            return 0;
        }

        private static Map<String, Object> asJson(List<Path> folders, List<LibraryIso> isos) {
            Map<String, Object> library = new LinkedHashMap<>();
            library.put("folders", folders.stream().map(Path::toString).toList());
            library.put("isos", isos.stream().map(iso -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", iso.name());
                row.put("folder", iso.where());
                row.put("path", iso.path());
                row.put("bytes", iso.bytes());
                return (Object) row;
            }).toList());
            return library;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a folder whose ISO images the library lists.")
    static final class AddFolder implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", description = "A folder on this machine.")
        Path path;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Path folder = path.toAbsolutePath().normalize();
            if (Files.isRegularFile(folder)) {
                throw new IllegalArgumentException(folder + " is a file: the ISO library keeps folders; add "
                        + folder.getParent() + " to list the ISOs in it.");
            }
            try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
                boolean added = CliSession.await(library(cli).addFolder(folder));
                spec.commandLine().getOut().println(added ? "added " + folder : folder + " is in the library already");
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a folder from the library (its files stay).")
    static final class RemoveFolder implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", description = "A folder the library lists.")
        Path path;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Path folder = path.toAbsolutePath().normalize();
            try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
                if (!CliSession.await(library(cli).removeFolder(folder))) {
                    throw new IllegalArgumentException(folder + " is not in the ISO library; `summit iso list` shows its folders.");
                }
                spec.commandLine().getOut().println("removed " + folder);
            }
            return 0;
        }
    }
}
