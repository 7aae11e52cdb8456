package dev.summit.app.cli;

import java.util.List;
import java.util.Map;

/** `summit info` as text: one "Label: value" line per fact, and a line per address and device. */
final class GuestInfoText {
    private GuestInfoText() {
    }

    static String of(Map<String, Object> info) {
        StringBuilder text = new StringBuilder();
        line(text, "Name", info.get("name"));
        if (!"".equals(info.get("title"))) {
            line(text, "Title", info.get("title"));
        }
        if (!"".equals(info.get("description"))) {
            line(text, "Description", info.get("description"));
        }
        line(text, "UUID", info.get("uuid"));
        line(text, "State", info.get("state"));
        line(text, "OS", info.get("os"));
        line(text, "Machine", info.get("machine") + " (" + info.get("firmware") + ")");
        line(text, "Autostart", Boolean.TRUE.equals(info.get("autostart")) ? "yes" : "no");
        line(text, "Guest agent", info.get("guestAgent"));
        Map<?, ?> memory = (Map<?, ?>) info.get("memory");
        String pending = memory.get("currentMiB").equals(memory.get("nextBootCurrentMiB"))
                && memory.get("maximumMiB").equals(memory.get("nextBootMaximumMiB")) ? ""
                : " (next boot: " + memory.get("nextBootCurrentMiB") + " of " + memory.get("nextBootMaximumMiB") + " MiB)";
        line(text, "Memory", memory.get("currentMiB") + " MiB of " + memory.get("maximumMiB") + " MiB" + pending);
        for (Map<?, ?> address : rows(info, "addresses")) {
            line(text, "Address", address.get("address") + " (" + address.get("source") + ", " + address.get("mac") + ")");
        }
        for (Map<?, ?> disk : rows(info, "disks")) {
            line(text, "Disk", disk.get("target") + "  " + disk.get("bus") + "  " + disk.get("source") + " (" + disk.get("format")
                    + (Boolean.TRUE.equals(disk.get("readOnly")) ? ", read-only" : "")
                    + (Boolean.TRUE.equals(disk.get("shareable")) ? ", shareable" : "") + ")");
        }
        for (Map<?, ?> cdrom : rows(info, "cdroms")) {
            line(text, "CD/DVD", cdrom.get("target") + "  " + cdrom.get("bus") + "  "
                    + ("".equals(cdrom.get("media")) ? "(empty)" : cdrom.get("media")));
        }
        for (Map<?, ?> nic : rows(info, "nics")) {
            line(text, "NIC", nic.get("mac") + "  " + nic.get("type") + " " + nic.get("source") + "  " + nic.get("model")
                    + "  link " + nic.get("link"));
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> rows(Map<String, Object> info, String key) {
        return (List<Map<?, ?>>) info.get(key);
    }

    private static void line(StringBuilder text, String label, Object value) {
        text.append(String.format("%-13s%s%n", label + ":", value));
    }
}
