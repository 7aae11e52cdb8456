package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.host.EngineSettings;
import org.junit.jupiter.api.Test;

/** The host a verb names is read from its arguments as picocli would read it, before picocli runs. */
class EarlyHostTest {
    @Test
    void everySpellingOfConnectNamesTheHost() {
        assertThat(EarlyHost.uriOf(new String[] {"start", "fuji", "-c", "test:///a"})).contains("test:///a");
        assertThat(EarlyHost.uriOf(new String[] {"start", "--connect", "test:///b", "fuji"})).contains("test:///b");
        assertThat(EarlyHost.uriOf(new String[] {"clone", "fuji", "--to", "k2", "--connect=test:///c"})).contains("test:///c");
        assertThat(EarlyHost.uriOf(new String[] {"info", "fuji", "-c=test:///d"})).contains("test:///d");
    }

    @Test
    void wordsAfterTheEndOfOptionsAreNoHost() {
        assertThat(EarlyHost.uriOf(new String[] {"start", "--", "-c", "test:///a"}))
                .isEqualTo(EarlyHost.uriOf(new String[] {"start"}));
    }

    @Test
    void aCloneFollowsNoEventsAndTheOtherVerbsDo() {
        assertThat(EarlyHost.settingsOf("clone")).isEqualTo(EngineSettings.ONE_READING);
        assertThat(EarlyHost.settingsOf("start").events()).isTrue();
        assertThat(EarlyHost.settingsOf("start").statsInterval()).isZero();
    }

    @Test
    void onlyAVerbThatConnectsFirstOpensItsHostAhead() {
        assertThat(EarlyHost.begin(new String[] {"connections", "add", "-c", "test:///default"})).isFalse();
        assertThat(EarlyHost.begin(new String[] {"list", "-c", "test:///default"})).isFalse();
    }
}
