package dev.summit.connectors.snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.testing.RealDaemon;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/** Names with XML's special characters work; refused actions leave the snapshot list and the definition as they were. */
@Tag("daemon")
class SnapshotRefusalsDaemonTest {
    @TempDir
    Path journalFolder;
    private SnapshotGuest guest;

    @AfterEach
    void remove() throws Exception {
        if (guest != null) {
            guest.close();
        }
    }

    @Test
    void aNameWithXmlMetacharactersIsKeptAsTypedAndBadOrDuplicateNamesOrMixedKindsAreRefused() throws Exception {
        guest = SnapshotGuest.define("refuse", journalFolder);
        String odd = "before <update> & \"tests\" 'ok'";
        guest.create(odd, false, false);
        assertThat(guest.names()).containsExactly(odd);
        assertThat(guest.tree().find(odd).orElseThrow().description()).isEqualTo("made by a test");

        String definition = RealDaemon.virsh("dumpxml", "--inactive", guest.name);
        assertRefused(() -> guest.create(odd, false, false), "There is already a snapshot called '" + odd + "'");
        assertRefused(() -> guest.create("a/b", false, false), "A snapshot name cannot contain '/'.");
        assertRefused(() -> guest.create("two\nlines", false, false), "control characters");
        assertRefused(() -> guest.create("outside", true, false), "already has internal snapshots");
        assertRefused(() -> guest.revert("missing"), "has no snapshot called 'missing'");
        assertRefused(() -> guest.delete("missing", false), "has no snapshot called 'missing'");

        assertThat(guest.names()).containsExactly(odd);
        assertThat(RealDaemon.virsh("dumpxml", "--inactive", guest.name)).isEqualTo(definition);
    }

    @Test
    void aDescriptionIsChangedWithoutTouchingTheRestOfTheSnapshot() throws Exception {
        guest = SnapshotGuest.define("describe", journalFolder);
        guest.create("one", false, false);
        Snapshot changed = Snapshots.describe(guest.conn, guest.uuid, "one", "after <the> & update");
        assertThat(changed.description()).isEqualTo("after <the> & update");
        assertThat(changed.current()).isTrue();
        assertThat(guest.tree().snapshots()).hasSize(1);
    }

    private void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String reason) throws Exception {
        List<String> before = guest.names();
        assertThatThrownBy(action).isInstanceOf(SnapshotRefused.class).hasMessageContaining(reason);
        assertThat(guest.names()).isEqualTo(before);
    }
}
