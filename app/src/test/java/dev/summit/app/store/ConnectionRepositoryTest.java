package dev.summit.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionRepositoryTest {

    @TempDir
    Path dir;

    private SummitStore store;
    private ConnectionRepository connections;

    @BeforeEach
    void openStore() {
        store = SummitStore.open(new StoreLocation(dir)).store();
        connections = store.connections();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void addedConnectionsGoToTheEndInOrder() {
        SavedConnection local = connections.add("Local", "qemu:///system", true);
        SavedConnection lab = connections.add("Lab", "qemu+ssh://admin@lab.example/system", false);

        assertThat(local.position()).isZero();
        assertThat(lab.position()).isEqualTo(1);
        assertThat(local.autoconnect()).isTrue();
        assertThat(local.lastConnected()).isNull();
        assertThat(connections.list()).containsExactly(local, lab);
    }

    @Test
    void positionsStayDenseAfterRemovalAndNewOnesGoLast() {
        SavedConnection a = connections.add("A", "test:///a", false);
        SavedConnection b = connections.add("B", "test:///b", false);
        SavedConnection c = connections.add("C", "test:///c", false);

        assertThat(connections.remove(b.id())).isTrue();
        SavedConnection d = connections.add("D", "test:///d", false);

        assertThat(connections.list()).extracting(SavedConnection::id, SavedConnection::position)
                .containsExactly(pair(a.id(), 0), pair(c.id(), 1), pair(d.id(), 2));
        assertThat(connections.remove(b.id())).as("already gone").isFalse();
    }

    @Test
    void moveShiftsTheOthersAndClampsToTheList() {
        connections.add("A", "test:///a", false);
        connections.add("B", "test:///b", false);
        SavedConnection c = connections.add("C", "test:///c", false);

        connections.move(c.id(), 0);
        assertThat(names()).containsExactly("C", "A", "B");

        connections.move(c.id(), 99);
        assertThat(names()).containsExactly("A", "B", "C");
        assertThat(connections.list()).extracting(SavedConnection::position).containsExactly(0, 1, 2);

        assertThatThrownBy(() -> connections.move(12345, 0)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void reorderTakesACompleteOrderOnly() {
        SavedConnection a = connections.add("A", "test:///a", false);
        SavedConnection b = connections.add("B", "test:///b", false);
        SavedConnection c = connections.add("C", "test:///c", false);

        connections.reorder(List.of(b.id(), c.id(), a.id()));
        assertThat(names()).containsExactly("B", "C", "A");

        assertThatThrownBy(() -> connections.reorder(List.of(a.id(), b.id())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("every saved connection exactly once");
        assertThat(names()).as("unchanged after a refused reorder").containsExactly("B", "C", "A");
    }

    @Test
    void updateChangesNameUriAndAutoconnectButNotPosition() {
        SavedConnection a = connections.add("A", "test:///a", false);
        connections.add("B", "test:///b", false);

        SavedConnection updated = connections.update(
                new SavedConnection(a.id(), "Alpha", "test:///alpha", true, 7, Instant.EPOCH));

        assertThat(updated).isEqualTo(new SavedConnection(a.id(), "Alpha", "test:///alpha", true, 0, null));
        assertThat(connections.find(a.id())).contains(updated);
        assertThat(connections.update(updated.withAutoconnect(false)).autoconnect()).isFalse();
    }

    @Test
    void findByUriAndMarkConnected() {
        SavedConnection lab = connections.add("Lab", "qemu+ssh://lab/system", false);
        Instant at = Instant.parse("2024-03-04T05:06:07.890Z");

        connections.markConnected(lab.id(), at);

        assertThat(connections.findByUri("qemu+ssh://lab/system"))
                .hasValueSatisfying(found -> assertThat(found.lastConnected()).isEqualTo(at));
        assertThat(connections.findByUri("qemu:///nowhere")).isEmpty();
        assertThatThrownBy(() -> connections.markConnected(999, at)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void duplicateUriIsRefusedWithAClearMessage() {
        connections.add("Local", "qemu:///system", false);
        SavedConnection other = connections.add("Other", "qemu:///session", false);

        assertThatThrownBy(() -> connections.add("Again", "qemu:///system", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already saved as 'Local'");
        assertThatThrownBy(() -> connections.update(other.withUri("qemu:///system")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(connections.list()).hasSize(2);
    }

    @Test
    void blankFieldsAreRefused() {
        assertThatThrownBy(() -> connections.add(" ", "qemu:///system", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> connections.add("Local", "", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("URI");
    }

    @Test
    void uriWithAPasswordIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> connections.add("Lab", "qemu+ssh://admin:hunter2@lab/system", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("password in its user part")
                .message().doesNotContain("hunter2");
        assertThatThrownBy(() -> connections.add("Lab", "qemu+tls://lab/system?auth_token=abc123", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'auth_token'")
                .message().doesNotContain("abc123");

        assertThat(connections.list()).isEmpty();
    }

    @Test
    void updateCannotSneakAPasswordIn() {
        SavedConnection lab = connections.add("Lab", "qemu+ssh://admin@lab/system", false);

        assertThatThrownBy(() -> connections.update(lab.withUri("qemu+ssh://admin:pw@lab/system")))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(connections.find(lab.id())).map(SavedConnection::uri).contains("qemu+ssh://admin@lab/system");
    }

    private List<String> names() {
        return connections.list().stream().map(SavedConnection::displayName).toList();
    }

    private static Tuple pair(long id, int position) {
        return Tuple.tuple(id, position);
    }
}
