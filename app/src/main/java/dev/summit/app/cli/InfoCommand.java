package dev.summit.app.cli;

import dev.summit.connectors.details.GuestAddress;
import dev.summit.connectors.details.GuestDefinitionReader;
import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.details.GuestDetails;
import dev.summit.connectors.details.GuestDetailsReader;
import dev.summit.connectors.edit.Definition;
import dev.summit.connectors.edit.device.CdromDevice;
import dev.summit.connectors.edit.device.CdromDevices;
import dev.summit.connectors.edit.device.DiskDevice;
import dev.summit.connectors.edit.device.DiskDevices;
import dev.summit.connectors.edit.device.MemorySettings;
import dev.summit.connectors.edit.device.NicDevice;
import dev.summit.connectors.edit.device.NicDevices;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.inventory.GuestSummary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Everything the guest window's Details show, for a terminal or a script: overview, addresses, devices. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show a guest: state with its reason, OS, machine, firmware, addresses and where each came from,"
                + " memory, CPUs and devices (what runs now; settings pending for the next boot are marked).")
final class InfoCommand implements Callable<Integer> {
    @Mixin
    HostOption host;

    @Parameters(paramLabel = "NAME", description = "The guest's name.")
    String name;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
            HostSession session = cli.connect(host);
            GuestSummary guest = CliSession.guest(session, name);
            GuestDetails details = CliSession.await(GuestDetailsReader.read(session, guest.uuid()));
            GuestDefinitions definitions = CliSession.await(GuestDefinitionReader.read(session, guest.uuid()));
            Map<String, Object> info = describe(details, definitions);
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? Json.value(info) : GuestInfoText.of(info));
            out.flush();
            return 0;
        }
    }

    static Map<String, Object> describe(GuestDetails details, GuestDefinitions definitions) {
        Definition now = definitions.current();
        Definition next = definitions.persistent();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("name", details.name());
        info.put("title", details.notes().title());
        info.put("description", details.notes().description());
        info.put("uuid", details.uuid());
        info.put("state", details.state().describe());
        info.put("os", details.setup().osName().isEmpty() ? "unknown" : details.setup().osName());
        info.put("machine", details.setup().machine());
        info.put("firmware", details.setup().firmware().name());
        info.put("autostart", details.autostart());
        info.put("guestAgent", details.agent().label());
        List<Object> addresses = new ArrayList<>();
        for (GuestAddress address : details.addresses().found()) {
            addresses.add(ordered("address", address.withPrefix(), "mac", address.mac(), "source", address.source().label()));
        }
        info.put("addresses", addresses);
        MemorySettings memory = new MemorySettings(now);
        MemorySettings nextMemory = new MemorySettings(next);
        info.put("memory", ordered("currentMiB", memory.currentKiB() / 1024, "maximumMiB", memory.maximumKiB() / 1024,
                "nextBootCurrentMiB", nextMemory.currentKiB() / 1024, "nextBootMaximumMiB", nextMemory.maximumKiB() / 1024));
        List<Object> disks = new ArrayList<>();
        for (DiskDevice disk : new DiskDevices(now).disks()) {
            disks.add(ordered("target", disk.target(), "bus", disk.bus(), "source", disk.source(), "format", disk.format(),
                    "readOnly", disk.readOnly(), "shareable", disk.shareable()));
        }
        info.put("disks", disks);
        List<Object> cdroms = new ArrayList<>();
        for (CdromDevice cdrom : new CdromDevices(now).all()) {
            cdroms.add(ordered("target", cdrom.target(), "bus", cdrom.bus(), "media", cdrom.media()));
        }
        info.put("cdroms", cdroms);
        List<Object> nics = new ArrayList<>();
        for (NicDevice nic : new NicDevices(now).all()) {
            nics.add(ordered("mac", nic.mac(), "type", nic.type(), "source", nic.source(), "model", nic.model(),
                    "link", nic.linkUp() ? "up" : "down"));
        }
        info.put("nics", nics);
        return info;
    }

    /** A map in the order given: key, value, key, value… */
    static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return map;
    }
}
