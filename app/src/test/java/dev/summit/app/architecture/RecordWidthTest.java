package dev.summit.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.Main;
import dev.summit.connectors.testing.RecordWidth;
import org.junit.jupiter.api.Test;

/** No record in the app, main or test, has more than eight components (see {@link RecordWidth}). */
class RecordWidthTest {
    @Test
    void everyRecordReadsAtItsCallSites() {
        assertThat(RecordWidth.tooWide(Main.class)).as("main").isEmpty();
        assertThat(RecordWidth.tooWide(RecordWidthTest.class)).as("test").isEmpty();
    }
}
