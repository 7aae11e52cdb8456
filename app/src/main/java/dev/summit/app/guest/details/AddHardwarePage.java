package dev.summit.app.guest.details;

import dev.summit.app.guest.ShownGuest;
import dev.summit.app.guest.details.AddHardwareViewModel.DiskForm;
import dev.summit.app.guest.details.AddHardwareViewModel.DiskKind;
import dev.summit.connectors.details.GuestDefinitionReader.GuestDefinitions;
import dev.summit.connectors.details.HostHardware;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/**
 * Add hardware: a disk (a new volume in a pool, a volume already there, or an image file) and a NIC
 * (on a network or a host bridge). The added device gets its own page in the list once it is there.
 */
public final class AddHardwarePage implements DetailsPage {
    public static final String KEY = "add-hardware";
    public static final String ID = "details-add-hardware";

    private static final String DEFAULT = "hypervisor default";

    private final ComboBox<String> pool = combo("add-disk-pool", false);
    private final ComboBox<String> network = combo("add-nic-source", true);
    private final Node node;

    public AddHardwarePage(ShownGuest guest) {
        this(new AddHardwareViewModel(guest::apply));
        guest.hostHardwareProperty().addListener((obs, old, now) -> offer(now));
        offer(guest.hostHardwareProperty().get());
    }

    AddHardwarePage(AddHardwareViewModel model) {
        ToggleGroup kinds = new ToggleGroup();
        RadioButton fresh = radio("add-disk-new", "New volume", kinds, DiskKind.NEW_VOLUME);
        RadioButton existing = radio("add-disk-existing", "Existing volume", kinds, DiskKind.EXISTING_VOLUME);
        RadioButton file = radio("add-disk-file", "Image file", kinds, DiskKind.FILE);
        fresh.setSelected(true);
        TextField name = field("add-disk-name", "data.qcow2");
        TextField size = field("add-disk-size", "GiB");
        size.setText("10");
        size.setPrefColumnCount(4);
        name.setPrefColumnCount(16);
        pool.setMinWidth(130);
        ComboBox<String> format = choices("add-disk-format", "qcow2", "raw");
        format.setMinWidth(90);
        TextField volume = field("add-disk-volume", "POOL/VOLUME");
        TextField path = field("add-disk-path", "/var/lib/libvirt/images/data.img");
        ComboBox<String> bus = choices("add-disk-bus", "virtio", "sata", "scsi", "ide");
        ComboBox<String> cache = choices("add-disk-cache", DEFAULT, "none", "writeback", "writethrough", "directsync", "unsafe");
        ComboBox<String> discard = choices("add-disk-discard", DEFAULT, "unmap", "ignore");
        FactGrid disk = new FactGrid();
        disk.row("Source", "add-disk-kind", new HBox(12, fresh, existing, file));
        Node newVolume = disk.row("New volume", "add-disk-new-row", new HBox(8, pool, name, size, format));
        Node oldVolume = disk.row("Existing volume", "add-disk-existing-row", volume);
        Node image = disk.row("Image file", "add-disk-file-row", path);
        newVolume.disableProperty().bind(fresh.selectedProperty().not());
        oldVolume.disableProperty().bind(existing.selectedProperty().not());
        image.disableProperty().bind(file.selectedProperty().not());
        disk.row("Bus", "add-disk-bus-row", bus);
        disk.row("Cache", "add-disk-cache-row", cache);
        disk.row("Discard", "add-disk-discard-row", discard);
        EditFeedback diskFeedback = model.diskFeedback();

        ComboBox<String> nicType = choices("add-nic-type", "network", "bridge");
        ComboBox<String> nicModel = choices("add-nic-model", "virtio", "e1000e", "rtl8139");
        TextField mac = field("add-nic-mac", "random");
        FactGrid nic = new FactGrid();
        nic.row("Plugged into", "add-nic-type-row", new HBox(8, nicType, network));
        nic.row("Model", "add-nic-model-row", nicModel);
        nic.row("MAC address", "add-nic-mac-row", mac);
        EditFeedback nicFeedback = model.nicFeedback();

        node = PageLayout.page(ID, PageLayout.heading("Add a disk"), disk.node(),
                PageLayout.button("add-disk", "Add Disk", diskFeedback, () -> model.addDisk(new DiskForm(
                        (DiskKind) kinds.getSelectedToggle().getUserData(), pool.getValue(), name.getText(), size.getText(),
                        format.getValue(), volume.getText(), path.getText(), new AddHardwareViewModel.Driver(bus.getValue(), chosen(cache), chosen(discard))))),
                PageLayout.feedback("add-disk", diskFeedback),
                PageLayout.note("A running guest gets a virtio or SCSI disk at once; SATA and IDE disks wait for the next boot."),
                PageLayout.heading("Add a NIC"), nic.node(),
                PageLayout.button("add-nic", "Add NIC", nicFeedback,
                        () -> model.addNic(nicType.getValue(), network.getEditor().getText(), nicModel.getValue(), mac.getText())),
                PageLayout.feedback("add-nic", nicFeedback));
    }

    /** What a choice with a "hypervisor default" entry sends: blank for that entry. */
    private static String chosen(ComboBox<String> choice) {
        return DEFAULT.equals(choice.getValue()) ? "" : choice.getValue();
    }

    private void offer(HostHardware host) {
        pool.getItems().setAll(host.pools());
        if (pool.getValue() == null && !host.pools().isEmpty()) {
            pool.setValue(host.pools().contains("default") ? "default" : host.pools().get(0));
        }
        network.getItems().setAll(host.networks());
        if (network.getEditor().getText().isEmpty() && !host.networks().isEmpty()) {
            network.setValue(host.networks().contains("default") ? "default" : host.networks().get(0));
        }
    }

    private static RadioButton radio(String id, String text, ToggleGroup group, DiskKind kind) {
        RadioButton radio = new RadioButton(text);
        radio.setId(id);
        radio.setToggleGroup(group);
        radio.setUserData(kind);
        return radio;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static ComboBox<String> combo(String id, boolean editable) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setId(id);
        combo.setEditable(editable);
        return combo;
    }

    private static ComboBox<String> choices(String id, String... values) {
        ComboBox<String> combo = combo(id, false);
        combo.getItems().setAll(values);
        combo.setValue(values[0]);
        return combo;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String label() {
        return "Add hardware";
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void show(GuestDefinitions definitions) {
        // Nothing here depends on the definition: the editor picks the next free name.
    }
}
