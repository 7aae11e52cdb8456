package dev.summit.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.store.SummitStore;
import org.junit.jupiter.api.Test;

class ConsoleScaleMemoryTest {
    @Test
    void theConsoleScaleIsFitUntilChosenThenKept() {
        try (SummitStore store = SummitStore.inMemory()) {
            UiPreferences preferences = new UiPreferences(store.preferences());
            assertThat(preferences.consoleScale()).isEqualTo("FIT");

            preferences.setConsoleScale("ONE_TO_ONE");

            assertThat(new UiPreferences(store.preferences()).consoleScale()).isEqualTo("ONE_TO_ONE");
        }
    }
}
