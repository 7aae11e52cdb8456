package dev.summit.connectors.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CreateNamesTest {
    @Test
    void libvirtsNameRules() {
        assertThat(GuestNames.problem("fuji <&> k2")).contains("A name cannot contain <, >, &, ' or \" characters.");
        assertThat(GuestNames.problem("k2's")).contains("A name cannot contain <, >, &, ' or \" characters.");
        assertThat(GuestNames.problem("")).contains("Give the guest a name.");
        assertThat(GuestNames.problem("  ")).contains("Give the guest a name.");
        assertThat(GuestNames.problem("a/b")).contains("A name cannot contain '/'.");
        assertThat(GuestNames.problem("a\nb")).contains("A name cannot contain line breaks, tabs or other control characters.");
        assertThat(GuestNames.problem(" fuji")).contains("A name cannot start or end with a space.");
        assertThat(GuestNames.problem("x".repeat(247))).isEmpty();
        assertThat(GuestNames.problem("é".repeat(124))).contains("The name is 248 bytes long; libvirt allows at most 247.");
    }

    @Test
    void mountainNamesSkipThoseInUse() {
        assertThat(MountainNames.suggest(Set.of())).isEqualTo("fuji");
        assertThat(MountainNames.suggest(Set.of("fuji", "k2"), 3)).containsExactly("matterhorn", "everest", "kilimanjaro");
        Set<String> all = new HashSet<>(MountainNames.MOUNTAINS);
        assertThat(MountainNames.suggest(all, 2)).containsExactly("fuji-2", "matterhorn-2");
    }
}
