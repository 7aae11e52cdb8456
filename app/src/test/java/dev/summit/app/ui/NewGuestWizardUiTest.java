package dev.summit.app.ui;

import dev.summit.connectors.testing.TestDriverHosts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.SummitGui;
import dev.summit.app.store.StoreLocation;
import dev.summit.app.store.SummitStore;
import dev.summit.connectors.host.EngineSettings;
import dev.summit.connectors.host.HostEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The New Virtual Machine wizard on the test driver: each page refuses bad input in one sentence. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NewGuestWizardUiTest {
    static final Path GRUB_ISO = Path.of("/usr/lib/grub-rescue/grub-rescue-cdrom.iso");

    @TempDir
    static Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final SummitPage page = new SummitPage(robot);
    private SummitStore store;
    private HostEngine engine;
    private SummitGui gui;

    @Start
    void start(Stage stage) throws Exception {
        store = SummitStore.open(new StoreLocation(dataDir.resolve("run-" + System.nanoTime()))).store();
        store.connections().add("Test host", TestDriverHosts.uri("create-host.xml"), true);
        engine = new HostEngine(EngineSettings.DEFAULT.withStatsInterval(Duration.ofMillis(500)));
        gui = SummitGui.show(stage, store, engine, Optional.empty());
        gui.hosts().show(store.connections().list());
    }

    @AfterEach
    void stop() {
        gui.close();
        engine.close();
        store.close();
    }

    @Test
    void walksThroughEveryPageRefusingBadInputAndListsTheNewGuest() throws Exception {
        page.awaitGuests(1);
        robot.clickOn("#toolbar-new");
        page.await("the wizard", () -> robot.lookup("#wizard-iso-path").tryQuery().isPresent());

        assertThat(problem()).isEqualTo("Choose an ISO file to install from.");
        assertThat(nextDisabled()).isTrue();
        type("#wizard-iso-path", "/nonexistent/debian.iso");
        awaitProblem("There is no file /nonexistent/debian.iso.");
        assertThat(nextDisabled()).isTrue();
        Path text = Files.writeString(dataDir.resolve("notes.iso"), "not a disc image\n".repeat(4000));
        type("#wizard-iso-path", text.toString());
        awaitProblem(text + " is not an ISO image (no ISO-9660 volume descriptor).");
        assertThat(nextDisabled()).isTrue();
        type("#wizard-iso-path", GRUB_ISO.toString());
        awaitProblem("");
        shot("1-source");
        next();

        page.await("the OS list", () -> robot.lookup("#wizard-os-list").tryQuery().isPresent());
        awaitProblem("");
        shot("2-os");
        next();

        type("#wizard-memory", "99999999");
        assertThat(problem()).startsWith("99999999 MiB is more memory than the host has (");
        assertThat(nextDisabled()).isTrue();
        type("#wizard-memory", "256");
        awaitProblem("");
        type("#wizard-vcpus", "1");
        shot("3-resources");
        next();

        page.await("the storage page", () -> robot.lookup("#wizard-pool").tryQuery().isPresent());
        type("#wizard-disk", "500");
        assertThat(problem()).matches("500 GiB does not fit in pool 'default', which has [0-9.]+ GiB free\\.");
        robot.clickOn("#wizard-existing-volume");
        awaitProblem("Pool 'default' has no volume that no guest uses; choose a new disk.");
        robot.clickOn("#wizard-new-disk");
        type("#wizard-disk", "2");
        awaitProblem("");
        shot("4-storage");
        next();

        page.await("the network page", () -> robot.lookup("#wizard-network").tryQuery().isPresent());
        awaitProblem("");
        shot("5-network");
        next();

        page.await("the firmware page", () -> robot.lookup("#wizard-q35").tryQuery().isPresent());
        assertThat(robot.lookup("#wizard-uefi").queryAs(RadioButton.class).isDisabled())
                .as("the test driver's host has no OVMF, so UEFI is not offered").isTrue();
        assertThat(robot.lookup("#wizard-bios").queryAs(RadioButton.class).isSelected()).isTrue();
        robot.clickOn("#wizard-i440fx");
        shot("5b-firmware");
        next();

        page.await("the name page", () -> robot.lookup("#wizard-name").tryQuery().isPresent());
        assertThat(text("#wizard-name")).as("a free mountain name is suggested").isNotEmpty().isNotEqualTo("fuji");
        type("#wizard-name", "a<b");
        assertThat(problem()).isEqualTo("A name cannot contain <, >, &, ' or \" characters.");
        assertThat(nextDisabled()).isTrue();
        type("#wizard-name", "a/b");
        assertThat(problem()).isEqualTo("A name cannot contain '/'.");
        type("#wizard-name", "x".repeat(260));
        assertThat(problem()).isEqualTo("The name is 260 bytes long; libvirt allows at most 247.");
        type("#wizard-name", "fuji");
        assertThat(problem()).isEqualTo("A guest named 'fuji' already exists on this host.");
        shot("6-name-duplicate");
        assertThat(nextDisabled()).isTrue();
        type("#wizard-name", "everest");
        awaitProblem("");
        next();

        page.await("the summary page", () -> robot.lookup("#wizard-finish").query().isVisible());
        page.await("the host's check", () -> !problem().equals("Checking the host…"));
        assertThat(problem()).isEmpty();
        shot("7-summary");
        robot.clickOn("#wizard-edit-xml");
        shot("8-summary-xml");
        assertThat(text("#wizard-xml")).contains("<name>everest</name>").contains(GRUB_ISO.toString())
                .contains("machine=\"pc\"");
        robot.clickOn("#wizard-finish");
        page.await("everest listed", () -> page.guestNames().contains("everest"));
        page.await("the wizard closed", () -> robot.lookup("#wizard-finish").tryQuery().isEmpty());
    }

    @Test
    void importsAnExistingDiskImageInPlace() throws Exception {
        page.awaitGuests(1);
        robot.clickOn("#toolbar-new");
        page.await("the wizard", () -> robot.lookup("#wizard-source-disk").tryQuery().isPresent());
        robot.clickOn("#wizard-source-disk");
        assertThat(problem()).isEqualTo("Choose the disk image to boot.");
        type("#wizard-disk-path", "/nonexistent/old.qcow2");
        awaitProblem("There is no file /nonexistent/old.qcow2.");
        assertThat(nextDisabled()).isTrue();
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(512).put(new byte[] {'Q', 'F', 'I', (byte) 0xfb});
        header.putLong(24, 4L << 30);
        Path image = Files.write(dataDir.resolve("old-" + System.nanoTime() + ".qcow2"), header.array());
        type("#wizard-disk-path", image.toString());
        awaitProblem("");
        shot("9-import");
        next();
        awaitProblem("");
        next();
        type("#wizard-memory", "256");
        type("#wizard-vcpus", "1");
        awaitProblem("");
        next();
        awaitProblem("");
        next();
        next();
        next();
        type("#wizard-name", "lhotse");
        awaitProblem("");
        next();
        page.await("the summary page", () -> robot.lookup("#wizard-finish").query().isVisible());
        page.await("the host's check", () -> !problem().equals("Checking the host…"));
        assertThat(problem()).isEmpty();
        robot.clickOn("#wizard-edit-xml");
        assertThat(text("#wizard-xml")).contains(image.toString()).contains("qcow2").doesNotContain("cdrom");
        robot.clickOn("#wizard-finish");
        page.await("lhotse listed", () -> page.guestNames().contains("lhotse"));
        assertThat(image).as("the imported image stays").exists();
    }

    @Test
    void aNameTakenAfterTheChecksFailsFinishInOneSentenceAndMakesNothing() throws Exception {
        page.awaitGuests(1);
        robot.clickOn("#toolbar-new");
        page.await("the wizard", () -> robot.lookup("#wizard-iso-path").tryQuery().isPresent());
        type("#wizard-iso-path", GRUB_ISO.toString());
        awaitProblem("");
        for (int i = 0; i < 6; i++) {
            next();
            awaitProblem("");
        }
        type("#wizard-name", "annapurna");
        awaitProblem("");
        next();
        page.await("the summary page", () -> robot.lookup("#wizard-finish").query().isVisible());
        page.await("the host's check", () -> !problem().equals("Checking the host…"));
        assertThat(problem()).isEmpty();
        // Someone else defines a guest of that name between the check and Finish.
        gui.services().engine().session(TestDriverHosts.uri("create-host.xml")).orElseThrow()
                .submit("define", "annapurna", conn -> conn.domainDefineXML("<domain type='test'><name>annapurna</name>"
                        + "<memory unit='MiB'>64</memory><os><type arch='x86_64'>hvm</type></os></domain>"))
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
        int volumesBefore = volumes();
        robot.clickOn("#wizard-finish");
        awaitProblem("Could not create 'annapurna': A guest named 'annapurna' already exists on this host.");
        assertThat(volumes()).as("no disk was left").isEqualTo(volumesBefore);
        assertThat(SummitPage.onFx(() -> robot.lookup("#wizard-finish").query().isVisible())).as("the wizard stays open").isTrue();
    }

    private int volumes() throws Exception {
        return gui.services().engine().session(TestDriverHosts.uri("create-host.xml")).orElseThrow()
                .submit("count", "", conn -> conn.storagePoolLookupByName("default").listVolumes().length)
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** With -Dsummit.wizard.shots=DIR, a screenshot of the whole X screen, to look at each page. */
    private static void shot(String name) throws Exception {
        String dir = System.getProperty("summit.wizard.shots");
        if (dir != null) {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(300);
            new ProcessBuilder("import", "-window", "root", dir + "/" + name + ".png").inheritIO().start().waitFor();
        }
    }

    private void type(String id, String value) {
        SummitPage.onFx(() -> {
            TextInputControl field = field(id);
            field.setText(value);
            return null;
        });
    }

    private TextInputControl field(String id) {
        Node node = robot.lookup(id).query();
        return node instanceof javafx.scene.control.Spinner<?> spinner ? spinner.getEditor() : (TextInputControl) node;
    }

    private String text(String id) {
        return SummitPage.onFx(() -> field(id).getText());
    }

    private String problem() {
        return SummitPage.onFx(() -> robot.lookup("#wizard-problem").queryAs(Label.class).getText());
    }

    private void awaitProblem(String sentence) {
        page.await("the sentence \"" + sentence + "\" (now \"" + problem() + "\")", () -> problem().equals(sentence));
    }

    private boolean nextDisabled() {
        return SummitPage.onFx(() -> robot.lookup("#wizard-next").query().isDisabled());
    }

    private void next() {
        robot.clickOn("#wizard-next");
    }
}
