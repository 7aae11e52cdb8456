package dev.summit.app.create;

import dev.summit.connectors.ops.InstallTreeLocator;
import dev.summit.connectors.osinfo.IsoIdentity;
import dev.summit.connectors.osinfo.NotAnIsoException;
import dev.summit.connectors.osinfo.OsInfoDb;
import dev.summit.connectors.templates.Templates;
import dev.summit.connectors.units.ByteSize;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where the guest installs from: an ISO file on this machine or an ISO volume already in a pool.
 * The file is read off the FX thread; its ISO-9660 volume id picks the OS on the next page.
 */
final class SourcePage extends WizardPage {
    static final String ISO_FIELD_ID = "wizard-iso-path";
    static final String VOLUME_CHOICE_ID = "wizard-iso-volume";

    private final CompletableFuture<OsInfoDb> osinfo;
    private final Executor background;
    private final Window owner;
    private final TextField path = new TextField();
    private final javafx.scene.control.MenuButton library = new javafx.scene.control.MenuButton("Library");
    private final ComboBox<String> volumes = new ComboBox<>();
    private final RadioButton fromFile = new RadioButton("Local install media (ISO file on this machine)");
    private final RadioButton fromVolume = new RadioButton("ISO volume already in a storage pool");
    private final RadioButton fromDisk = new RadioButton("Existing disk image (qcow2 or raw)");
    private final CheckBox copyDisk = new CheckBox("Copy it into a pool and boot the copy (else it is booted in place)");
    private final TextField diskPath = new TextField();
    private final RadioButton fromTree = new RadioButton("Network install (URL of an install tree, http or https)");
    private final TextField treeUrl = new TextField();
    private final RadioButton fromNetwork = new RadioButton("Network boot (PXE): an empty disk, installed by a boot server");
    private final RadioButton fromTemplate = new RadioButton("From a template (a linked clone: ready in a moment)");
    private final ComboBox<Templates.Named> templates = new ComboBox<>();
    private final CheckBox fullCopy = new CheckBox("Copy the template's disks whole (independent of the template, slower)");
    private final Label detected = new Label();
    private long generation;
    private boolean remoteHost;
    private java.util.function.Function<String, CompletableFuture<IsoIdentity>> volumeReader =
            path -> CompletableFuture.failedFuture(new IllegalStateException("no host to read " + path + " on"));

    SourcePage(WizardDraft draft, CompletableFuture<OsInfoDb> osinfo, Executor background, Window owner,
               List<String> isoVolumePaths) {
        super(draft);
        this.osinfo = osinfo;
        this.background = background;
        this.owner = owner;
        path.setId(ISO_FIELD_ID);
        path.setPromptText("/path/to/installer.iso");
        volumes.setId(VOLUME_CHOICE_ID);
        volumes.getItems().setAll(isoVolumePaths);
        volumes.setMaxWidth(Double.MAX_VALUE);
        ToggleGroup group = new ToggleGroup();
        fromFile.setToggleGroup(group);
        fromVolume.setToggleGroup(group);
        fromDisk.setToggleGroup(group);
        fromTemplate.setToggleGroup(group);
        fromNetwork.setToggleGroup(group);
        fromTree.setToggleGroup(group);
        fromTree.setId("wizard-source-tree");
        treeUrl.setId("wizard-tree-url");
        treeUrl.setPromptText("https://deb.debian.org/debian/dists/bookworm/main/installer-amd64/");
        treeUrl.disableProperty().bind(fromTree.selectedProperty().not());
        treeUrl.textProperty().addListener((obs, old, now) -> check());
        fromNetwork.setId("wizard-source-pxe");
        fromTemplate.setId("wizard-source-template");
        templates.setId("wizard-template");
        fullCopy.setId("wizard-template-full");
        templates.setMaxWidth(Double.MAX_VALUE);
        templates.disableProperty().bind(fromTemplate.selectedProperty().not());
        fullCopy.disableProperty().bind(fromTemplate.selectedProperty().not());
        templates.valueProperty().addListener((obs, old, now) -> check());
        fullCopy.selectedProperty().addListener((obs, old, now) -> check());
        fromDisk.setId("wizard-source-disk");
        diskPath.setId("wizard-disk-path");
        diskPath.setPromptText("/var/lib/libvirt/images/existing.qcow2");
        diskPath.disableProperty().bind(fromDisk.selectedProperty().not());
        copyDisk.setId("wizard-copy-disk");
        copyDisk.disableProperty().bind(fromDisk.selectedProperty().not());
        copyDisk.selectedProperty().addListener((obs, old, now) -> check());
        diskPath.textProperty().addListener((obs, old, now) -> check());
        fromFile.setSelected(true);
        fromVolume.setDisable(isoVolumePaths.isEmpty());
        path.disableProperty().bind(fromFile.selectedProperty().not());
        volumes.disableProperty().bind(fromVolume.selectedProperty().not());
        path.textProperty().addListener((obs, old, now) -> check());
        volumes.valueProperty().addListener((obs, old, now) -> check());
        group.selectedToggleProperty().addListener((obs, old, now) -> check());
        detected.getStyleClass().add("wizard-note");
        detected.setId("wizard-detected");
        check();
    }

    /** The host is reached over the network: a local disk image cannot be booted in place there. */
    /** The ISOs in the user's library folders (File → Storage… → ISO Library), one click each. */
    SourcePage withLibrary(List<dev.summit.app.storage.LibraryIso> isos) {
        library.getItems().setAll(isos.stream().map(iso -> {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(iso.name() + "  (" + iso.where() + ")");
            item.setOnAction(e -> path.setText(iso.path()));
            return item;
        }).toList());
        return this;
    }

    /** The host's templates; the template choice is offered once there is one. */
    SourcePage withTemplates(List<Templates.Named> offered) {
        templates.getItems().setAll(offered);
        // Offered once the host has a template; until then the choice would only be a dead end.
        for (javafx.scene.Node node : List.of(fromTemplate, templates, fullCopy)) {
            node.setVisible(!offered.isEmpty());
            node.setManaged(!offered.isEmpty());
        }
        if (!offered.isEmpty()) {
            templates.setValue(offered.get(0));
        }
        return this;
    }

    /** How a pool volume's ISO identity is read on the host (a libvirt stream). */
    SourcePage readingVolumesWith(java.util.function.Function<String, CompletableFuture<IsoIdentity>> reader) {
        this.volumeReader = reader;
        return this;
    }

    /** A remote host cannot open this machine's image: it always gets a copy in one of its pools. */
    SourcePage onRemoteHost(boolean remote) {
        this.remoteHost = remote;
        if (remote) {
            copyDisk.setSelected(true);
            copyDisk.disableProperty().unbind();
            copyDisk.setDisable(true);
            copyDisk.setText("Copied into a pool of the host (a remote host cannot open this machine's file)");
        }
        return this;
    }

    @Override
    String title() {
        return "Install source";
    }

    @Override
    String subtitle() {
        return "Choose the installer the new guest boots from.";
    }

    @Override
    Node content() {
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose install media");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("ISO images", "*.iso", "*.ISO"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            java.io.File file = chooser.showOpenDialog(owner);
            if (file != null) {
                path.setText(file.getAbsolutePath());
            }
        });
        library.setId("wizard-iso-library");
        library.disableProperty().bind(fromFile.selectedProperty().not().or(javafx.beans.binding.Bindings.isEmpty(library.getItems())));
        HBox fileRow = new HBox(8, path, browse, library);
        HBox.setHgrow(path, Priority.ALWAYS);
        fileRow.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
        VBox volumeRow = new VBox(volumes);
        volumeRow.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
        VBox diskRow = new VBox(6, diskPath, copyDisk);
        diskRow.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
        VBox templateRow = new VBox(6, templates, fullCopy);
        templateRow.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
                VBox treeRow = new VBox(treeUrl);
        treeRow.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
        VBox box = new VBox(10, fromFile, fileRow, fromVolume, volumeRow, fromDisk, diskRow, fromTree, treeRow, fromNetwork,
                fromTemplate, templateRow, detected);
        return box;
    }

    private Path chosen() {
        String text = fromFile.isSelected() ? path.getText() : volumes.getValue();
        return text == null || text.isBlank() ? null : Path.of(text.trim());
    }

    /** Reads the ISO off the FX thread; an older answer arriving late is dropped. */
    private void check() {
        long mine = ++generation;
        draft.iso = null;
        draft.hostIsoVolume = null;
        draft.importDisk = null;
        draft.template = null;
        draft.pxe = false;
        draft.netInstall = null;
        detected.setText("");
        if (fromTree.isSelected()) {
            checkTree(mine);
            return;
        }
        if (fromNetwork.isSelected()) {
            draft.pxe = true;
            draft.os = dev.summit.connectors.osinfo.OsEntry.GENERIC;
            draft.osDetected = false;
            draft.isoVolumeId = "";
            detected.setText("The guest's network card boots first; choose its OS next, and a network it can reach"
                    + " the boot server on.");
            setProblem("");
            return;
        }
        if (fromTemplate.isSelected()) {
            checkTemplate();
            return;
        }
        if (fromDisk.isSelected()) {
            checkDisk(mine);
            return;
        }
        Path iso = chosen();
        if (iso == null) {
            setProblem(fromFile.isSelected() ? "Choose an ISO file to install from." : "Choose an ISO volume.");
            return;
        }
        setProblem("Reading " + iso.getFileName() + "…");
        boolean onHost = fromVolume.isSelected();
        CompletableFuture<Read> reading = onHost ? readOnHost(iso.toString()) : CompletableFuture.supplyAsync(() -> read(iso), background);
        reading.thenCombine(osinfo, (result, db) -> {
            if (result.problem == null) {
                result.os = db.detect(result.identity).stream().findFirst().orElse(null);
            }
            return result;
        }).whenComplete((result, failure) -> Platform.runLater(() -> {
            if (mine != generation) {
                return;
            }
            if (failure != null) {
                setProblem("Could not read " + iso + ": " + failure.getMessage() + ".");
                return;
            }
            if (result.problem != null) {
                setProblem(result.problem);
                return;
            }
            if (onHost) {
                draft.hostIsoVolume = iso.toString();
            } else {
                draft.iso = iso;
            }
            draft.isoVolumeId = result.identity.volumeId();
            draft.os = result.os == null ? dev.summit.connectors.osinfo.OsEntry.GENERIC : result.os;
            draft.osDetected = result.os != null;
            detected.setText(result.os == null
                    ? "Volume id \"" + result.identity.volumeId() + "\" matches no OS osinfo-db knows; choose one next."
                    : "Detected " + result.os.name() + " (volume id \"" + result.identity.volumeId() + "\").");
            setProblem("");
        }));
    }

    /** An image to boot in place: its header read off the FX thread; the OS cannot be detected from it. */
    private void checkDisk(long mine) {
        String text = diskPath.getText();
        if (text == null || text.isBlank()) {
            setProblem("Choose the disk image to boot.");
            return;
        }
        Path disk = Path.of(text.trim());
        setProblem("Reading " + disk.getFileName() + "…");
        CompletableFuture.supplyAsync(() -> {
            try {
                return dev.summit.connectors.ops.ImportedDisk.read(disk);
            } catch (IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, background).whenComplete((image, failure) -> Platform.runLater(() -> {
            if (mine != generation) {
                return;
            }
            if (failure != null) {
                setProblem(dev.summit.app.tasks.TaskRunner.messageOf(failure) + ".");
                return;
            }
            draft.importDisk = image;
            draft.copyDisk = copyDisk.isSelected();
            draft.os = dev.summit.connectors.osinfo.OsEntry.GENERIC;
            draft.osDetected = false;
            draft.isoVolumeId = "";
            detected.setText("A " + image.format() + " image of " + ByteSize.human(image.bytes())
                    + (copyDisk.isSelected() ? "; it is copied into the pool chosen next, and the original is left alone."
                    : "; the guest boots it where it is, and it is never deleted."));
            setProblem("");
        }));
    }

    /** Looks for the installer in the tree off the FX thread (a few HTTP requests); a late answer is dropped. */
    private void checkTree(long mine) {
        String url = treeUrl.getText() == null ? "" : treeUrl.getText().strip();
        if (url.isEmpty()) {
            setProblem("Give the URL of an install tree.");
            return;
        }
        setProblem("Looking for the installer under " + url + "…");
        osinfo.thenApplyAsync(db -> {
            try {
                return InstallTreeLocator.standard().locate(url, null, db);
            } catch (java.io.IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CompletionException(e);
            }
        }, background).whenComplete((install, failure) -> Platform.runLater(() -> {
            if (mine != generation) {
                return;
            }
            if (failure != null) {
                setProblem(dev.summit.app.tasks.TaskRunner.messageOf(failure));
                return;
            }
            draft.netInstall = install;
            draft.os = install.os();
            draft.osDetected = !install.os().isGeneric();
            draft.isoVolumeId = "";
            detected.setText((install.os().isGeneric() ? "Found an installer (choose its OS next): "
                    : "Found the installer of " + install.os().name() + ": ") + install.kernel()
                    + install.trustWarning().map(warning -> "\n⚠ " + warning).orElse(""));
            setProblem("");
        }));
    }

    private void checkTemplate() {
        Templates.Named template = templates.getValue();
        if (template == null) {
            setProblem("Choose a template.");
            return;
        }
        draft.template = template;
        draft.fullCopy = fullCopy.isSelected();
        draft.os = dev.summit.connectors.osinfo.OsEntry.GENERIC;
        draft.osDetected = false;
        draft.isoVolumeId = "";
        detected.setText("The new guest gets " + template.name() + "'s disks, network cards and firmware"
                + (fullCopy.isSelected() ? " as whole copies." : ", as overlays on its disks; the template is never written."));
        setProblem("");
    }

    /** A pool's ISO is read where it is, through libvirt: only its 2 KiB volume descriptor travels. */
    private CompletableFuture<Read> readOnHost(String volumePath) {
        return volumeReader.apply(volumePath).handle((identity, failure) -> {
            Read result = new Read();
            if (failure != null) {
                result.problem = dev.summit.app.tasks.TaskRunner.messageOf(failure) + ".";
            } else {
                result.identity = identity;
            }
            return result;
        });
    }

    private static final class Read {
        IsoIdentity identity;
        String problem;
        dev.summit.connectors.osinfo.OsEntry os;
    }

    private static Read read(Path iso) {
        Read result = new Read();
        try {
            if (Files.isDirectory(iso)) {
                throw new NotAnIsoException(iso);
            }
            result.identity = IsoIdentity.read(iso);
        } catch (NoSuchFileException e) {
            result.problem = "There is no file " + iso + ".";
        } catch (AccessDeniedException e) {
            result.problem = iso + " cannot be read: permission denied.";
        } catch (NotAnIsoException e) {
            result.problem = e.getMessage() + ".";
        } catch (IOException e) {
            result.problem = iso + " cannot be read: " + e.getMessage() + ".";
        }
        return result;
    }
}
