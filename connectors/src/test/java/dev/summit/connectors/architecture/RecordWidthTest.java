package dev.summit.connectors.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.testing.RecordWidth;
import org.junit.jupiter.api.Test;

/** No record in connectors, main or test, has more than eight components (see {@link RecordWidth}). */
class RecordWidthTest {
    @Test
    void everyRecordReadsAtItsCallSites() {
        assertThat(RecordWidth.tooWide(HostSession.class)).as("main").isEmpty();
        assertThat(RecordWidth.tooWide(RecordWidthTest.class)).as("test").isEmpty();
    }
}
