package dev.summit.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PreferenceRepositoryTest {

    private final SummitStore store = SummitStore.inMemory();
    private final PreferenceRepository preferences = store.preferences();

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void stringsAreStoredReplacedAndRemoved() {
        assertThat(preferences.get("iso.folder")).isEmpty();

        preferences.put("iso.folder", "/srv/isos");
        preferences.put("iso.folder", "/data/isos");

        assertThat(preferences.get("iso.folder")).contains("/data/isos");
        assertThat(preferences.remove("iso.folder")).isTrue();
        assertThat(preferences.remove("iso.folder")).isFalse();
        assertThat(preferences.getString("iso.folder", "/var/lib/libvirt/images")).isEqualTo("/var/lib/libvirt/images");
    }

    @Test
    void typedValuesRoundTrip() {
        preferences.putInt("window.width", -1);
        preferences.putBoolean("confirm.delete", false);

        assertThat(preferences.getInt("window.width", 800)).isEqualTo(-1);
        assertThat(preferences.getBoolean("confirm.delete", true)).isFalse();
        assertThat(preferences.getInt("missing", 800)).isEqualTo(800);
        assertThat(preferences.getBoolean("missing", true)).isTrue();
    }

    @Test
    void unparsableValuesFallBackToTheDefault() {
        preferences.put("window.width", "wide");
        preferences.put("confirm.delete", "yes");

        assertThat(preferences.getInt("window.width", 800)).isEqualTo(800);
        assertThat(preferences.getBoolean("confirm.delete", true)).isTrue();
    }
}
