package dev.summit.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only the plain window command lines skip picocli; anything else is left to it. */
class WindowArgumentsTest {
    @Test
    void connectWithAUriOpensTheWindowOnIt() {
        assertThat(WindowArguments.hostOf(new String[] {"--connect", "qemu:///system"})).isEqualTo("qemu:///system");
        assertThat(WindowArguments.hostOf(new String[] {"--connect=test:///x.xml"})).isEqualTo("test:///x.xml");
    }

    @Test
    void anythingElseGoesToPicocli() {
        assertThat(WindowArguments.hostOf(new String[] {"list"})).isNull();
        assertThat(WindowArguments.hostOf(new String[] {"--connect"})).isNull();
        assertThat(WindowArguments.hostOf(new String[] {"--connect="})).isNull();
        assertThat(WindowArguments.hostOf(new String[] {"--connect", "--help"})).isNull();
        assertThat(WindowArguments.hostOf(new String[] {"--connect", "qemu:///system", "--stats-interval", "0"})).isNull();
        assertThat(WindowArguments.hostOf(new String[] {"list", "--connect", "qemu:///system"})).isNull();
    }
}
