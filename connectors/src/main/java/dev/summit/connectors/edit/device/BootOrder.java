package dev.summit.connectors.edit.device;

import dev.summit.connectors.edit.Definition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The order the firmware tries devices in, and whether it offers a boot menu. libvirt has two
 * exclusive ways to say the order: {@code <os><boot dev='hd'/>…} by kind, or {@code <boot order='N'/>}
 * inside each device. When any device carries its own order this reads and writes those, since
 * libvirt refuses a definition with both.
 *
 * <p>Entries are kinds ({@value #KINDS_TEXT}) by kind; per device they are a disk's target ("vda")
 * or a network card's MAC address, and a kind there stands for each device of that kind not named.
 */
public final class BootOrder {
    public static final List<String> KINDS = List.of("hd", "cdrom", "network", "fd");
    static final String KINDS_TEXT = "hd, cdrom, network, fd";
    /** Devices that can carry their own boot order but have no name an entry could give. */
    private static final List<String> UNNAMED = List.of("hostdev", "redirdev", "filesystem");

    private final Definition definition;

    public BootOrder(Definition definition) {
        this.definition = definition;
    }

    /** Whether devices carry their own {@code <boot order>}. */
    public boolean perDevice() {
        return !ordered(bootable()).isEmpty() || !ordered(unnamed()).isEmpty();
    }

    /** The boot entries in order: kinds, or disk targets and MAC addresses per device. */
    public List<String> devices() {
        if (perDevice()) {
            return ordered(bootable()).stream().map(BootOrder::name).toList();
        }
        Element os = Definition.child(definition.root(), "os");
        return os == null ? List.of()
                : Definition.children(os, "boot").stream().map(boot -> boot.getAttribute("dev")).toList();
    }

    /** Whether the firmware shows its boot menu; null when the definition does not say. */
    public Boolean menu() {
        Element os = Definition.child(definition.root(), "os");
        String enable = Definition.attribute(os == null ? null : Definition.child(os, "bootmenu"), "enable");
        return enable == null ? null : "yes".equals(enable);
    }

    public Firmware firmware() {
        return Firmware.of(definition);
    }

    /** Why these entries cannot be the boot order, or empty when they can. */
    public Optional<String> problem(List<String> entries) {
        if (entries.isEmpty()) {
            return Optional.of("Choose at least one device to boot from.");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String entry : entries) {
            if (!seen.add(entry)) {
                return Optional.of("\"" + entry + "\" is in the boot order twice.");
            }
            if (perDevice()) {
                if (!KINDS.contains(entry) && bootable().stream().noneMatch(device -> entry.equals(name(device)))) {
                    return Optional.of("The guest has no disk or network card \"" + entry + "\" to boot from.");
                }
            } else if (!KINDS.contains(entry)) {
                return Optional.of("\"" + entry + "\" is not a boot device; choose from " + KINDS_TEXT + ".");
            }
        }
        return Optional.empty();
    }

    /** Writes the order; check it with {@link #problem} first. */
    public void setDevices(List<String> entries) {
        if (perDevice()) {
            setPerDevice(entries);
            return;
        }
        Element os = definition.childOrAdd(definition.root(), "os");
        Definition.removeChildren(os, "boot");
        Element before = firstOf(os, "bootmenu", "smbios", "bios");
        for (String entry : entries) {
            Element boot = definition.add(os, "boot");
            boot.setAttribute("dev", entry);
            os.insertBefore(boot, before);
        }
    }

    /** Shows or hides the boot menu; null leaves it to the firmware. Its timeout is kept. */
    public void setMenu(Boolean enable) {
        Element os = definition.childOrAdd(definition.root(), "os");
        if (enable == null) {
            Definition.removeChildren(os, "bootmenu");
            return;
        }
        Element menu = Definition.child(os, "bootmenu");
        if (menu == null) {
            menu = definition.addAfterLast(os, "bootmenu", Definition.child(os, "boot") != null ? "boot" : "type");
        }
        menu.setAttribute("enable", enable ? "yes" : "no");
    }

    private void setPerDevice(List<String> entries) {
        List<Element> chosen = new ArrayList<>();
        for (String entry : entries) {
            for (Element device : bootable()) {
                boolean named = entry.equals(name(device));
                boolean ofKind = entry.equals(kind(device)) && !entries.contains(name(device));
                if ((named || ofKind) && !chosen.contains(device)) {
                    chosen.add(device);
                }
            }
        }
        chosen.addAll(ordered(unnamed())); // kept, after the ones the entries name
        for (Element device : bootable()) {
            Definition.removeChildren(device, "boot");
        }
        for (Element device : unnamed()) {
            Definition.removeChildren(device, "boot");
        }
        int order = 1;
        for (Element device : chosen) {
            Element boot = definition.add(device, "boot");
            boot.setAttribute("order", Integer.toString(order++));
            device.insertBefore(boot, firstOf(device, "readonly", "shareable", "serial", "alias", "address", "rom"));
        }
    }

    private List<Element> bootable() {
        List<Element> devices = new ArrayList<>(Definition.children(definition.devices(), "disk"));
        devices.addAll(Definition.children(definition.devices(), "interface"));
        return devices;
    }

    private List<Element> unnamed() {
        List<Element> devices = new ArrayList<>();
        for (String name : UNNAMED) {
            devices.addAll(Definition.children(definition.devices(), name));
        }
        return devices;
    }

    /** The devices among {@code devices} that have a boot order, in that order. */
    private static List<Element> ordered(List<Element> devices) {
        return devices.stream().filter(device -> order(device) > 0)
                .sorted(Comparator.comparingInt(BootOrder::order)).toList();
    }

    private static int order(Element device) {
        String order = Definition.attribute(Definition.child(device, "boot"), "order");
        return order == null ? 0 : Integer.parseInt(order.strip());
    }

    /** A disk's target or a card's MAC address. */
    private static String name(Element device) {
        if ("disk".equals(device.getTagName())) {
            return Definition.attribute(Definition.child(device, "target"), "dev");
        }
        return Definition.attribute(Definition.child(device, "mac"), "address");
    }

    private static String kind(Element device) {
        if ("interface".equals(device.getTagName())) {
            return "network";
        }
        String kind = Definition.attribute(device, "device");
        return switch (kind == null ? "disk" : kind) {
            case "cdrom" -> "cdrom";
            case "floppy" -> "fd";
            default -> "hd";
        };
    }

    private static Element firstOf(Element parent, String... names) {
        for (String name : names) {
            Element found = Definition.child(parent, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
