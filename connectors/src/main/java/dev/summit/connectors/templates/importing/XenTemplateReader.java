package dev.summit.connectors.templates.importing;

import dev.summit.connectors.xml.XenBoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a template folder's {@code vm.cfg} into a {@link XenTemplateConfig}, collecting every problem
 * (with its line) before giving up, so one run tells the user all there is to fix.
 */
public final class XenTemplateReader {
    public static final String CONFIG_FILE = "vm.cfg";

    private static final Set<String> KNOWN = Set.of("name", "uuid", "memory", "maxmem", "vcpus", "disk", "vif", "vfb",
            "vnc", "vnclisten", "vncpasswd", "bootloader", "kernel", "ramdisk", "extra", "root", "builder", "type",
            "boot", "on_crash", "on_reboot", "on_poweroff");

    private final Map<String, ConfigValue> values;
    private final Path folder;
    private final List<ConfigProblem> problems = new ArrayList<>();

    private XenTemplateReader(Map<String, ConfigValue> values, Path folder) {
        this.values = values;
        this.folder = folder;
    }

    /** Reads {@code folder/vm.cfg}; disk images are looked for where the file says, then beside it. */
    public static XenTemplateConfig readFolder(Path folder) throws IOException, XenConfigException {
        Path file = folder.resolve(CONFIG_FILE);
        if (!Files.isRegularFile(file)) {
            throw new XenConfigException(List.of(new ConfigProblem(0, "there is no " + CONFIG_FILE + " in " + folder)));
        }
        return read(Files.readString(file), folder);
    }

    /** @param folder where the template's images are; null when the paths are the Xen host's own (not checked here) */
    public static XenTemplateConfig read(String text, Path folder) throws XenConfigException {
        XenTemplateReader reader = new XenTemplateReader(XenConfigParser.parse(text), folder);
        XenTemplateConfig config = reader.interpret();
        if (!reader.problems.isEmpty()) {
            throw new XenConfigException(reader.problems);
        }
        return config;
    }

    private XenTemplateConfig interpret() {
        String name = text("name", null);
        if (name == null && !values.containsKey("name")) {
            problems.add(new ConfigProblem(0, "no name = '...' line; every guest needs a name"));
        } else if (name != null && name.isBlank()) {
            problems.add(new ConfigProblem(values.get("name").line(), "name is empty"));
        }
        long memory = number("memory", 512);
        long maxmem = number("maxmem", memory);
        long vcpus = number("vcpus", 1);
        List<XenDiskLine> disks = new ArrayList<>();
        for (ConfigValue.Text entry : texts("disk")) {
            XenDiskLine disk = disk(entry);
            if (disk != null) {
                disks.add(disk);
            }
        }
        List<XenNicLine> nics = texts("vif").stream().map(XenTemplateReader::nic).toList();
        String vncListen = null;
        String vncPassword = text("vncpasswd", null);
        if (number("vnc", 0) == 1) {
            vncListen = text("vnclisten", "127.0.0.1");
        }
        for (ConfigValue.Text vfb : texts("vfb")) {
            Map<String, String> parts = XenKeyValues.parse(vfb.text());
            if ("vnc".equals(parts.get("type")) || "1".equals(parts.get("vnc"))) {
                vncListen = parts.getOrDefault("vnclisten", "127.0.0.1");
                vncPassword = parts.getOrDefault("vncpasswd", vncPassword);
            }
        }
        List<String> ignored = values.keySet().stream().filter(k -> !KNOWN.contains(k)).toList();
        return new XenTemplateConfig(name, text("uuid", null), new XenSize(memory, Math.max(maxmem, memory), (int) vcpus),
                boot(), text("boot", null), new XenDevices(disks, nics, vncListen, vncPassword),
                new XenActions(text("on_poweroff", null), text("on_reboot", null), text("on_crash", null)), ignored);
    }

    private XenBoot boot() {
        boolean hvm = "hvm".equals(text("builder", null)) || "hvm".equals(text("type", null));
        if (hvm) {
            return new XenBoot.Hvm();
        }
        String kernel = text("kernel", null);
        if (kernel != null) {
            String extra = text("extra", null);
            String root = text("root", null);
            String cmdline = root == null ? extra : ("root=" + root + (extra == null ? "" : " " + extra));
            return new XenBoot.PvKernel(kernel, text("ramdisk", null), cmdline);
        }
        String loader = text("bootloader", null);
        // xl's own name for pygrub is a bare "pygrub"; libvirt wants the host's path to it.
        return new XenBoot.PvBootloader(loader == null || loader.endsWith("pygrub") ? XenBoot.PvBootloader.PYGRUB : loader);
    }

    private XenDiskLine disk(ConfigValue.Text entry) {
        String[] parts = entry.text().split(",");
        if (parts.length < 2) {
            problems.add(new ConfigProblem(entry.line(),
                    "disk '" + entry.text() + "' should read ACCESS:PATH,DEVICE[,MODE]"));
            return null;
        }
        String spec = parts[0].trim();
        int colon = spec.lastIndexOf(':');
        String access = colon < 0 ? "file" : spec.substring(0, colon);
        String path = spec.substring(colon + 1);
        String device = parts[1].trim();
        boolean cdrom = device.endsWith(":cdrom");
        String target = cdrom ? device.substring(0, device.length() - ":cdrom".length()) : device;
        boolean writable = parts.length < 3 || parts[2].trim().startsWith("w");
        Path image = folder == null ? Path.of(path) : locate(path);
        if (image == null && !cdrom) {
            problems.add(new ConfigProblem(entry.line(), "disk image " + path + " does not exist"
                    + (folder == null ? "" : " (nor as " + folder.resolve(Path.of(path).getFileName().toString()) + ")")));
            return null;
        }
        return new XenDiskLine(access, image == null ? Path.of(path) : image, target, cdrom, writable, entry.line());
    }

    /** Oracle VM templates name their images by the server's path (/OVS/...); the copy beside vm.cfg counts. */
    private Path locate(String path) {
        if (path.isEmpty()) {
            return null;
        }
        Path asWritten = Path.of(path);
        if (Files.exists(asWritten)) {
            return asWritten.toAbsolutePath();
        }
        if (folder != null && asWritten.getFileName() != null) {
            Path beside = folder.resolve(asWritten.getFileName().toString());
            if (Files.exists(beside)) {
                return beside.toAbsolutePath();
            }
        }
        return null;
    }

    private static XenNicLine nic(ConfigValue.Text entry) {
        Map<String, String> parts = XenKeyValues.parse(entry.text());
        return new XenNicLine(parts.get("bridge"), parts.get("mac"), parts.getOrDefault("model", parts.get("type")),
                entry.line());
    }

    private String text(String key, String fallback) {
        ConfigValue value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof ConfigValue.Text text) {
            return text.text();
        }
        if (value instanceof ConfigValue.Number number) {
            return Long.toString(number.number());
        }
        problems.add(new ConfigProblem(value.line(), key + " should be a single quoted value, not a list"));
        return fallback;
    }

    private long number(String key, long fallback) {
        ConfigValue value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof ConfigValue.Number number && number.number() > 0) {
            return number.number();
        }
        if (value instanceof ConfigValue.Number number && number.number() == 0 && key.equals("vnc")) {
            return 0;
        }
        if (value instanceof ConfigValue.Text text && text.text().trim().matches("[0-9]+")
                && Long.parseLong(text.text().trim()) > 0) {
            return Long.parseLong(text.text().trim());
        }
        problems.add(new ConfigProblem(value.line(), key + " should be a positive whole number, not "
                + describe(value)));
        return fallback;
    }

    private List<ConfigValue.Text> texts(String key) {
        ConfigValue value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof ConfigValue.Text text) {
            return List.of(text);
        }
        List<ConfigValue.Text> out = new ArrayList<>();
        if (value instanceof ConfigValue.Items items) {
            for (ConfigValue item : items.items()) {
                if (item instanceof ConfigValue.Text text) {
                    out.add(text);
                } else {
                    problems.add(new ConfigProblem(item.line(), key + " entries should be quoted strings"));
                }
            }
        } else {
            problems.add(new ConfigProblem(value.line(), key + " should be a list of quoted strings"));
        }
        return out;
    }

    private static String describe(ConfigValue value) {
        if (value instanceof ConfigValue.Text text) {
            return "'" + text.text() + "'";
        }
        return value instanceof ConfigValue.Number number ? Long.toString(number.number()) : "a list";
    }
}
