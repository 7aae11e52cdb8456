package dev.summit.app.create;

import dev.summit.connectors.ops.HostPlatform;
import dev.summit.connectors.osinfo.OsInfoDb;
import dev.summit.connectors.xml.Firmware;
import dev.summit.connectors.xml.Machine;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * Firmware and chipset. UEFI is offered only when the host itself has OVMF (asked of the host, so a
 * remote host without it does not get a guest that cannot start); i440fx stays for old systems
 * that know neither PCIe nor SATA.
 */
final class FirmwarePage extends WizardPage {
    static final String BIOS_ID = "wizard-bios";
    static final String UEFI_ID = "wizard-uefi";
    static final String Q35_ID = "wizard-q35";
    static final String I440FX_ID = "wizard-i440fx";

    private final HostPlatform platform;
    private final CompletableFuture<OsInfoDb> osinfo;
    private final RadioButton bios = new RadioButton("BIOS (SeaBIOS): boots every x86 system and install medium");
    private final RadioButton uefi = new RadioButton("UEFI (OVMF): for systems that boot only with UEFI (Secure Boot off)");
    private final RadioButton q35 = new RadioButton("q35: PCI Express, SATA — for systems of the last fifteen years");
    private final RadioButton i440fx = new RadioButton("i440fx: PCI and IDE — for old systems (DOS, Windows XP, old BSDs)");
    private final Label uefiNote = new Label();
    private final Label devices = new Label();

    FirmwarePage(WizardDraft draft, HostPlatform platform, CompletableFuture<OsInfoDb> osinfo) {
        super(draft);
        this.platform = platform;
        this.osinfo = osinfo;
        ToggleGroup firmware = new ToggleGroup();
        ToggleGroup chipset = new ToggleGroup();
        bios.setToggleGroup(firmware);
        uefi.setToggleGroup(firmware);
        q35.setToggleGroup(chipset);
        i440fx.setToggleGroup(chipset);
        bios.setId(BIOS_ID);
        uefi.setId(UEFI_ID);
        q35.setId(Q35_ID);
        i440fx.setId(I440FX_ID);
        bios.setSelected(true);
        q35.setSelected(true);
        uefi.setDisable(!platform.uefi());
        uefiNote.setWrapText(true);
        uefiNote.setStyle("-fx-opacity: 0.75;");
        uefiNote.setText(platform.uefi() ? "This host has OVMF; the guest gets its own copy of the UEFI variables."
                : "This host has no UEFI firmware: install the ovmf package on it to offer UEFI.");
        devices.setWrapText(true);
        firmware.selectedToggleProperty().addListener((obs, old, now) -> record());
        chipset.selectedToggleProperty().addListener((obs, old, now) -> record());
    }

    @Override
    boolean applies() {
        return draft.template == null;
    }

    @Override
    String title() {
        return "Firmware";
    }

    @Override
    String subtitle() {
        return "Firmware and chipset: most guests want BIOS and q35; change them only for a system that needs it.";
    }

    @Override
    Node content() {
        return new VBox(10, heading("Firmware"), bios, uefi, indent(uefiNote), heading("Chipset"), q35, i440fx,
                heading("Devices"), indent(devices));
    }

    @Override
    void entered() {
        boolean virtio = !draft.os.isGeneric() && osinfo.isDone() && !osinfo.isCompletedExceptionally()
                && osinfo.join().supportsVirtioDisk(draft.os);
        devices.setText(virtio ? draft.os.name() + " has virtio drivers: disk, network card and video are paravirtual (fastest)."
                : (draft.os.isGeneric() ? "An unknown system" : draft.os.name() + " has no virtio drivers")
                + ": the disk, network card and video are emulated hardware every system knows.");
        record();
    }

    private void record() {
        draft.firmware = uefi.isSelected() && platform.uefi() ? Firmware.UEFI : Firmware.BIOS;
        draft.machine = i440fx.isSelected() ? Machine.I440FX : Machine.Q35;
        setProblem("");
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        label.setPadding(new Insets(6, 0, 0, 0));
        return label;
    }

    private static Node indent(Node node) {
        VBox box = new VBox(node);
        box.setPadding(new Insets(0, 0, 0, 24));
        return box;
    }

    static String describe(Firmware firmware, Machine machine) {
        return (firmware == Firmware.UEFI ? "UEFI" : "BIOS") + ", " + (machine == Machine.Q35 ? "q35" : "i440fx") + " machine";
    }
}
