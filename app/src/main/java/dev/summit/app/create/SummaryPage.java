package dev.summit.app.create;

import dev.summit.connectors.storage.IsoOnHost;
import dev.summit.connectors.ops.HostFacts;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.ops.CreateFromTemplate;
import dev.summit.connectors.ops.CreateGuest;
import dev.summit.connectors.ops.CreateProblem;
import dev.summit.connectors.osinfo.OsInfoDb;
import dev.summit.connectors.storage.PoolSummary;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Everything chosen, checked once more by the operation's own precheck on the host (a name may
 * have been taken meanwhile), with the XML the guest will be defined with, editable on request.
 */
final class SummaryPage extends WizardPage {
    static final String XML_TOGGLE_ID = "wizard-edit-xml";
    static final String XML_AREA_ID = "wizard-xml";

    private final HostSession session;
    private final HostFacts host;
    private final CompletableFuture<OsInfoDb> osinfo;
    private final GridPane facts = new GridPane();
    private final CheckBox editXml = new CheckBox("Edit XML before install");
    private final TextArea xml = new TextArea();
    private long generation;
    private String builtXml = "";

    SummaryPage(WizardDraft draft, HostSession session, HostFacts host, CompletableFuture<OsInfoDb> osinfo) {
        super(draft);
        this.session = session;
        this.host = host;
        this.osinfo = osinfo;
        facts.setHgap(16);
        facts.setVgap(6);
        editXml.setId(XML_TOGGLE_ID);
        xml.setId(XML_AREA_ID);
        xml.setStyle("-fx-font-family: monospace;");
        xml.setPrefRowCount(14);
        xml.visibleProperty().bind(editXml.selectedProperty());
        xml.managedProperty().bind(editXml.selectedProperty());
        VBox.setVgrow(xml, Priority.ALWAYS);
    }

    @Override
    String title() {
        return "Ready to create";
    }

    @Override
    String subtitle() {
        return "Finish creates the disk, defines the guest, starts it and opens its console.";
    }

    @Override
    Node content() {
        return new VBox(12, facts, editXml, xml);
    }

    /** The XML to define the guest with when the user edited it, else null. */
    String editedXml() {
        return editXml.isSelected() && !xml.getText().equals(builtXml) ? xml.getText() : null;
    }

    @Override
    void entered() {
        long mine = ++generation;
        facts.getChildren().clear();
        int row = 0;
        row(row++, "Name", draft.name);
        editXml.setVisible(draft.template == null);
        editXml.setManaged(draft.template == null);
        if (draft.template != null) {
            enteredFromTemplate(mine, row);
            return;
        }
        if (draft.netInstall != null) {
            row(row++, "Install media", "network install from " + draft.netInstall.treeUrl()
                    + "\n(its kernel and initrd are fetched here, put in pool '" + draft.pool + "', booted once)");
        } else if (draft.pxe) {
            row(row++, "Install media", "none: the guest boots from the network (PXE), then from its new disk");
        } else if (draft.hostIsoVolume != null) {
            row(row++, "Install media", draft.hostIsoVolume + "\n(already on the host)");
        } else if (draft.importDisk == null) {
            row(row++, "Install media", draft.iso + (IsoOnHost.isRemote(session.uri())
                    ? "\n(uploaded into pool '" + draft.pool + "' first: the host is remote)" : ""));
        }
        row(row++, "Operating system", draft.os.name());
        row(row++, "Memory", draft.memoryMiB + " MiB");
        row(row++, "Virtual CPUs", String.valueOf(draft.vcpus));
        row(row++, "Disk", draft.existingVolume != null ? "volume " + draft.existingVolume.name() + " of pool '"
                + draft.pool + "', used as it is" : draft.importDisk == null ? draft.diskGiB + " GiB qcow2 in pool '" + draft.pool + "'"
                : draft.copyDisk ? "a copy of " + draft.importDisk.path() + " (" + draft.importDisk.format() + ") in pool '"
                + draft.pool + "'" : draft.importDisk.path() + " (" + draft.importDisk.format() + ", booted in place)");
        row(row++, "Network", WizardDraft.describe(draft.network));
        row(row, "Firmware", FirmwarePage.describe(draft.firmware, draft.machine));
        setProblem("Checking the host…");
        osinfo.thenCompose(db -> {
            CreateGuest create = new CreateGuest(session, draft.request(), db);
            if (draft.importDisk != null) {
                create.importing(draft.importDisk.path());
            }
            if (draft.pxe) {
                create.bootingFromNetwork();
            }
            if (draft.hostIsoVolume != null) {
                create.withHostIso(draft.hostIsoVolume);
            }
            if (draft.existingDisk() != null) {
                create.importingOnHost(draft.existingDisk());
            }
            return create.precheck().thenApply(checked -> new Object[] {create, checked});
        }).whenComplete((pair, failure) -> Platform.runLater(() -> {
            if (mine != generation) {
                return;
            }
            if (failure != null) {
                setProblem("The host could not check the new guest: " + dev.summit.app.tasks.TaskRunner.messageOf(failure));
                return;
            }
            CreateGuest.Checked checked = (CreateGuest.Checked) pair[1];
            if (!checked.problems().isEmpty()) {
                CreateProblem first = checked.problems().get(0);
                setProblem(first.message());
                return;
            }
            builtXml = ((CreateGuest) pair[0]).previewXml(checked, diskPath());
            xml.setText(builtXml);
            setProblem("");
        }));
    }

    /** A clone's XML is the template's, so there is nothing to edit; the check is the operation's own. */
    private void enteredFromTemplate(long mine, int firstRow) {
        editXml.setSelected(false);
        int row = firstRow;
        row(row++, "Template", draft.template.name());
        row(row++, "Disks", draft.fullCopy ? "whole copies of the template's" : "linked: overlays on the template's (made in a moment)");
        row(row++, "Memory", draft.memoryMiB + " MiB");
        row(row, "Virtual CPUs", String.valueOf(draft.vcpus));
        setProblem("Checking the host…");
        CreateFromTemplate.precheck(session, draft.templateRequest()).whenComplete((problems, failure) -> Platform.runLater(() -> {
            if (mine != generation) {
                return;
            }
            if (failure != null) {
                setProblem("The host could not check the new guest: " + dev.summit.app.tasks.TaskRunner.messageOf(failure));
            } else {
                setProblem(problems.isEmpty() ? "" : problems.get(0));
            }
        }));
    }

    private String diskPath() {
        if (draft.importDisk != null) {
            return draft.importDisk.path().toString();
        }
        String dir = host.newDiskPools().stream().filter(p -> p.name().equals(draft.pool)).map(PoolSummary::targetPath)
                .filter(java.util.Objects::nonNull).findFirst().orElse("/var/lib/libvirt/images");
        return dir + "/" + draft.request().volumeName();
    }

    private void row(int index, String label, String value) {
        Label key = new Label(label + ":");
        key.setStyle("-fx-font-weight: bold;");
        Label text = new Label(value);
        text.setWrapText(true);
        facts.addRow(index, key, text);
    }
}
