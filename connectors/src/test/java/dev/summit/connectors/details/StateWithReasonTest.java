package dev.summit.connectors.details;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.connectors.inventory.GuestState;
import org.junit.jupiter.api.Test;

class StateWithReasonTest {
    @Test
    void readsAsAUserWouldSayIt() {
        assertThat(StateWithReason.fromLibvirt(5, 3).describe()).isEqualTo("shut off (crashed)");
        assertThat(StateWithReason.fromLibvirt(5, 5).describe()).isEqualTo("shut off (saved)");
        assertThat(StateWithReason.fromLibvirt(3, 5).describe()).isEqualTo("paused (I/O error)");
        assertThat(StateWithReason.fromLibvirt(3, 1).describe()).isEqualTo("paused (user)");
        assertThat(StateWithReason.fromLibvirt(1, 1).describe()).isEqualTo("running (booted)");
        assertThat(StateWithReason.fromLibvirt(6, 1).describe()).isEqualTo("crashed (panicked)");
    }

    @Test
    void anUnknownOrNewerReasonIsLeftOutRatherThanGuessed() {
        assertThat(StateWithReason.fromLibvirt(1, 0).describe()).isEqualTo("running");
        assertThat(StateWithReason.fromLibvirt(5, 99).describe()).isEqualTo("shut off");
        assertThat(StateWithReason.fromLibvirt(42, 1)).isEqualTo(new StateWithReason(GuestState.NO_STATE, ""));
    }
}
