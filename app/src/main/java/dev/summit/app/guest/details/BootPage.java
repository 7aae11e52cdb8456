package dev.summit.app.guest.details;

import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.Definition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import org.controlsfx.control.CheckListView;
import org.w3c.dom.Element;

/**
 * Boot: firmware, the boot menu, and which devices the guest boots from in what order — a checked
 * list, the form the boot-order edit will make editable (checked = boots from it, top first).
 */
public final class BootPage implements DetailsPage {
    public static final String KEY = "boot";
    public static final String ID = "details-boot";
    public static final String ORDER_ID = "boot-order";

    private final FactGrid grid = new FactGrid();
    private final CheckListView<String> order = new CheckListView<>();
    private final Node node;

    public BootPage() {
        grid.row("Firmware", "boot-firmware");
        grid.row("Boot menu", "boot-menu");
        order.setId(ORDER_ID);
        order.setPrefHeight(150);
        // Read-only until the boot-order edit arrives: shown, not changeable.
        order.setDisable(true);
        node = PageLayout.page(ID, PageLayout.heading("Boot"), grid.node(), PageLayout.heading("Boot order"), order);
    }

    private record Bootable(String label, int order) {
    }

    @Override
    public void show(GuestDefinitions definitions) {
        Definition next = definitions.persistent();
        Element os = Definition.child(next.root(), "os");
        Element loader = os == null ? null : Definition.child(os, "loader");
        boolean uefi = os != null && "efi".equals(Definition.attribute(os, "firmware"))
                || loader != null && "pflash".equals(Definition.attribute(loader, "type"));
        grid.set("boot-firmware", uefi ? "UEFI" : "BIOS");
        Element menu = os == null ? null : Definition.child(os, "bootmenu");
        grid.set("boot-menu", "yes".equals(Definition.attribute(menu, "enable")) ? "shown" : "not shown");
        List<Bootable> devices = bootables(next, os);
        order.getItems().setAll(devices.stream().map(Bootable::label).toList());
        order.getCheckModel().clearChecks();
        for (int i = 0; i < devices.size(); i++) {
            if (devices.get(i).order() < Integer.MAX_VALUE) {
                order.getCheckModel().check(i);
            }
        }
    }

    /** Per-device {@code <boot order>} when any device has one; else the old {@code <os><boot dev>} list by kind. */
    private static List<Bootable> bootables(Definition next, Element os) {
        List<Element> legacy = os == null ? List.of() : Definition.children(os, "boot");
        List<String> kinds = legacy.stream().map(b -> Definition.attribute(b, "dev")).toList();
        List<Bootable> found = new ArrayList<>();
        for (Element disk : HardwareList.disks(next)) {
            found.add(new Bootable("Disk " + HardwareList.target(disk), order(disk, kinds, "hd")));
        }
        for (Element cdrom : HardwareList.cdroms(next)) {
            found.add(new Bootable("CD/DVD " + HardwareList.target(cdrom), order(cdrom, kinds, "cdrom")));
        }
        List<Element> nics = HardwareList.nics(next);
        for (int i = 0; i < nics.size(); i++) {
            found.add(new Bootable("NIC " + HardwareList.nicId(nics.get(i), i), order(nics.get(i), kinds, "network")));
        }
        if (legacy.isEmpty() && found.stream().allMatch(b -> b.order() == Integer.MAX_VALUE)) {
            // Nothing said: libvirt boots from the first disk.
            for (int i = 0; i < found.size(); i++) {
                if (found.get(i).label().startsWith("Disk ")) {
                    found.set(i, new Bootable(found.get(i).label(), 1));
                    break;
                }
            }
        }
        return found.stream().sorted(Comparator.comparingInt(Bootable::order)).toList();
    }

    private static int order(Element device, List<String> kinds, String kind) {
        String order = DiskSource.bootOrder(device);
        if (order != null) {
            return Integer.parseInt(order);
        }
        int at = kinds.indexOf(kind);
        return at < 0 ? Integer.MAX_VALUE : at + 1;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String label() {
        return "Boot";
    }

    @Override
    public Node node() {
        return node;
    }
}
