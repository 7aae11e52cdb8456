package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.store.StoreLocation;
import dev.summit.app.store.SummitStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `summit autostart` on the test driver and `summit iso` on a real SQLite file: what the window does, as verbs. */
class ParityCommandsTest {
    @TempDir
    Path home;

    private SummitProcess.Result summit(String... args) throws Exception {
        return new SummitProcess(home).run(args);
    }

    private static String host() throws Exception {
        return "test://" + Path.of(ParityCommandsTest.class.getResource("/testdriver/ui-host.xml").toURI());
    }

    @Test
    void autostartTurnsOnAndSaysSo() throws Exception {
        SummitProcess.Result on = summit("autostart", "fuji", "on", "--connect", host());

        assertThat(on.exit()).as(on.err()).isZero();
        assertThat(on.out()).isEqualTo("fuji: autostart on\n");
        SummitProcess.Result off = summit("autostart", "fuji", "off", "--connect", host());
        assertThat(off.exit()).as(off.err()).isZero();
        assertThat(off.out()).isEqualTo("fuji: autostart off\n");
    }

    @Test
    void autostartRefusesAWordOtherThanOnOrOffAndAnUnknownGuest() throws Exception {
        SummitProcess.Result word = summit("autostart", "fuji", "yes", "--connect", host());
        assertThat(word.exit()).isEqualTo(2);
        assertThat(word.err()).startsWith("Autostart is 'on' or 'off', not 'yes'.");

        SummitProcess.Result guest = summit("autostart", "nosuch", "on", "--connect", host());
        assertThat(guest.exit()).isEqualTo(1);
        assertThat(guest.err()).startsWith("summit: no guest named 'nosuch' on " + host());
    }

    @Test
    void isoFoldersAreAddedListedAndRemoved() throws Exception {
        Path folder = Files.createDirectories(home.resolve("images"));
        Files.write(folder.resolve("debian-12.iso"), new byte[3 << 20]);
        Files.writeString(folder.resolve("notes.txt"), "not an image");

        SummitProcess.Result add = summit("iso", "add", folder.toString());
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).isEqualTo("added " + folder + "\n");

        SummitProcess.Result table = summit("iso", "list");
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).startsWith(folder + "\n").containsPattern("  debian-12.iso\\s+3.0 MiB").doesNotContain("notes");

        SummitProcess.Result json = summit("iso", "list", "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"folders\": [\n    \"" + folder + "\"", "\"name\": \"debian-12.iso\"",
                "\"path\": \"" + folder.resolve("debian-12.iso") + "\"", "\"bytes\": " + (3 << 20));

        SummitProcess.Result remove = summit("iso", "remove", folder.toString());
        assertThat(remove.exit()).as(remove.err()).isZero();
        assertThat(remove.out()).isEqualTo("removed " + folder + "\n");
        assertThat(Files.exists(folder.resolve("debian-12.iso"))).as("the files stay").isTrue();
        try (SummitStore store = SummitStore.open(new StoreLocation(home.resolve("data/summit"))).store()) {
            assertThat(store.isoFolders().list()).isEmpty();
        }
    }

    @Test
    void isoBadInputIsNamedAndChangesNothing() throws Exception {
        Path file = Files.write(home.resolve("one.iso"), new byte[16]);
        SummitProcess.Result aFile = summit("iso", "add", file.toString());
        assertThat(aFile.exit()).isEqualTo(1);
        assertThat(aFile.err()).isEqualTo("summit: " + file + " is a file: the ISO library keeps folders; add " + home
                + " to list the ISOs in it.\n");

        SummitProcess.Result missing = summit("iso", "add", home.resolve("nowhere").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("summit: " + home.resolve("nowhere") + " is not a folder.\n");

        SummitProcess.Result notListed = summit("iso", "remove", home.toString());
        assertThat(notListed.exit()).isEqualTo(1);
        assertThat(notListed.err()).startsWith("summit: " + home + " is not in the ISO library");

        try (SummitStore store = SummitStore.open(new StoreLocation(home.resolve("data/summit"))).store()) {
            assertThat(store.isoFolders().list()).isEmpty();
        }
    }
}
