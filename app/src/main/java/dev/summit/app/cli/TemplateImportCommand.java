package dev.summit.app.cli;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.ops.CancelSignal;
import dev.summit.connectors.templates.importing.ImportRequest;
import dev.summit.connectors.templates.importing.ImportTemplate;
import dev.summit.connectors.templates.importing.ImportedTemplate;
import dev.summit.connectors.templates.importing.XenConfigException;
import dev.summit.connectors.templates.importing.XenImportXml;
import dev.summit.connectors.templates.importing.XenTemplateConfig;
import dev.summit.connectors.templates.importing.XenTemplateReader;
import dev.summit.connectors.xml.NicChoice;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports a Xen / Oracle VM template folder (vm.cfg + System.img) or a plain disk image as a template. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a Xen / Oracle VM template folder (vm.cfg + System.img) or a disk image as a template.")
final class TemplateImportCommand implements Callable<Integer> {
    @Mixin
    HostOption host;

    @Parameters(paramLabel = "DIR|IMAGE", description = "A folder holding vm.cfg, or a raw disk image.")
    Path source;

    @Option(names = "--name", description = "The template's name (default: vm.cfg's; required for an image).")
    String name;

    @Option(names = "--pool", defaultValue = "default", description = "Storage pool for the image on KVM (default: ${DEFAULT-VALUE}).")
    String pool;

    @Option(names = "--qcow2", description = "Store the image as qcow2 (default: keep it raw).")
    boolean qcow2;

    @Option(names = "--network", paramLabel = "NET", defaultValue = "default",
            description = "Where the network cards (vm.cfg's vifs) plug in: a libvirt network, bridge:BRIDGE, or none"
                    + " (default: ${DEFAULT-VALUE}).")
    String network;

    @Option(names = "--memory", paramLabel = "MiB", description = "Memory, overriding vm.cfg.")
    Long memory;

    @Option(names = "--vcpus", paramLabel = "N", description = "vCPUs, overriding vm.cfg.")
    Integer vcpus;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (CliSession cli = new CliSession(err)) {
            HostSession session = cli.connect(host);
            if (session.uri().startsWith("xen")) {
                return importOnXen(cli, session, out, err);
            }
            ImportTemplate op = new ImportTemplate(session, new ImportRequest(source, name, pool, qcow2, memory, vcpus,
                    NicChoice.parse(network)));
            List<String> problems = CliSession.await(op.precheck());
            if (!problems.isEmpty()) {
                problems.forEach(p -> err.println("summit: " + p));
                return 1;
            }
            ImportedTemplate made = cli.run(session, name == null ? source.getFileName().toString() : name, "import template",
                    () -> op.run((f, bytes, sentence) -> { }, new CancelSignal()));
            out.println("imported " + made.name() + " as a template (" + made.memoryMiB() + " MiB, " + made.vcpus()
                    + " vCPUs)");
            out.println("  volume " + made.volumePath() + " (" + made.volumeFormat() + ")");
            made.ignoredKeys().forEach(key -> out.println("  ignored vm.cfg setting " + key));
            return 0;
        }
    }

    /** On Xen the guest is defined as vm.cfg describes it; its image paths must be the Xen host's own. */
    private int importOnXen(CliSession cli, HostSession session, PrintWriter out, PrintWriter err) throws Exception {
        XenTemplateConfig config;
        try {
            config = Files.isDirectory(source) ? XenTemplateReader.readFolder(source)
                    : XenTemplateReader.read(Files.readString(source), null);
        } catch (XenConfigException e) {
            e.problems().forEach(p -> err.println("summit: " + p));
            return 1;
        }
        String uuid = cli.run(session, config.name(), "import template", () -> XenImportXml.define(session, config));
        out.println("imported " + config.name() + " as a Xen " + (config.hvm() ? "HVM" : "PV") + " template (" + uuid + ")");
        config.ignoredKeys().forEach(key -> out.println("  ignored vm.cfg setting " + key));
        return 0;
    }
}
