package dev.summit.app.guest.details;

import dev.summit.app.guest.ShownGuest;
import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.edit.device.BootOrder;
import dev.summit.connectors.edit.device.Firmware;
import dev.summit.connectors.edit.Definition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.w3c.dom.Element;

/**
 * Boot: firmware (read only), the boot menu, and which devices the guest boots from in what order — a
 * checked list (checked = boots from it, top first) with buttons to move the chosen entry.
 */
public final class BootPage implements DetailsPage {
    public static final String KEY = "boot";
    public static final String ID = "details-boot";
    public static final String ORDER_ID = "boot-order";
    public static final String MENU_ID = "boot-menu-tick";
    public static final String APPLY_ID = "boot-apply";

    private final BootViewModel model;
    private final FactGrid grid = new FactGrid();
    private final CheckListView<String> order = new CheckListView<>();
    private final CheckBox menu = new CheckBox("Show the boot menu");
    private final Node node;

    public BootPage(ShownGuest guest) {
        this(new BootViewModel(guest::apply));
    }

    BootPage(BootViewModel model) {
        this.model = model;
        EditFeedback feedback = model.feedback();
        grid.row("Firmware", "boot-firmware");
        grid.row("Boot menu", "boot-menu");
        order.setId(ORDER_ID);
        order.setPrefHeight(150);
        menu.setId(MENU_ID);
        VBox moves = new VBox(6, PageLayout.button("boot-up", "Up", feedback, () -> move(-1)),
                PageLayout.button("boot-down", "Down", feedback, () -> move(1)));
        node = PageLayout.page(ID, PageLayout.heading("Boot"), grid.node(),
                PageLayout.note("The firmware cannot change here: the installed system's boot loader is made for it "
                        + "(an EFI system partition, or a BIOS boot sector), so switching means reinstalling."),
                PageLayout.heading("Boot order"), new HBox(8, order, moves), menu,
                PageLayout.button(APPLY_ID, "Apply", feedback, () -> model.apply(
                        order.getItems().stream().filter(order.getCheckModel()::isChecked).toList(), menu.isSelected())),
                PageLayout.feedback("boot", feedback));
    }

    private void move(int by) {
        int at = order.getSelectionModel().getSelectedIndex();
        int to = at + by;
        if (at < 0 || to < 0 || to >= order.getItems().size()) {
            return;
        }
        List<String> checked = List.copyOf(order.getCheckModel().getCheckedItems());
        String item = order.getItems().remove(at);
        order.getItems().add(to, item);
        order.getCheckModel().clearChecks();
        checked.forEach(order.getCheckModel()::check);
        order.getSelectionModel().select(to);
    }

    private record Bootable(String label, int order) {
    }

    @Override
    public void show(GuestDefinitions definitions) {
        model.show(definitions);
        Definition next = definitions.persistent();
        Element os = Definition.child(next.root(), "os");
        BootOrder boot = new BootOrder(next);
        grid.set("boot-firmware", boot.firmware() == Firmware.UEFI ? "UEFI" : "BIOS");
        boolean shown = Boolean.TRUE.equals(boot.menu());
        grid.set("boot-menu", shown ? "shown" : "not shown");
        menu.setSelected(shown);
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
