package dev.summit.console.rfb.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionStateMachineTest {
    private final List<RfbState> seen = new ArrayList<>();
    private final ConnectionStateMachine machine = new ConnectionStateMachine(seen::add);

    @Test
    void walksTheHandshakeWithAuthentication() {
        machine.moveTo(RfbState.PROTOCOL_VERSION);
        machine.moveTo(RfbState.SECURITY);
        machine.moveTo(RfbState.AUTHENTICATION);
        machine.moveTo(RfbState.INITIALISATION);
        machine.moveTo(RfbState.CONNECTED);
        assertThat(machine.disconnect()).isTrue();
        assertThat(seen).containsExactly(RfbState.PROTOCOL_VERSION, RfbState.SECURITY, RfbState.AUTHENTICATION,
                RfbState.INITIALISATION, RfbState.CONNECTED, RfbState.DISCONNECTED);
    }

    @Test
    void securityNoneSkipsAuthentication() {
        machine.moveTo(RfbState.PROTOCOL_VERSION);
        machine.moveTo(RfbState.SECURITY);
        machine.moveTo(RfbState.INITIALISATION);
        assertThat(machine.state()).isEqualTo(RfbState.INITIALISATION);
    }

    @Test
    void refusesSkippingAhead() {
        assertThatThrownBy(() -> machine.moveTo(RfbState.CONNECTED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NEW to CONNECTED");
        assertThat(machine.state()).isEqualTo(RfbState.NEW);
        assertThat(seen).isEmpty();
    }

    @Test
    void refusesGoingBack() {
        machine.moveTo(RfbState.PROTOCOL_VERSION);
        machine.moveTo(RfbState.SECURITY);
        assertThatThrownBy(() -> machine.moveTo(RfbState.PROTOCOL_VERSION)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void disconnectedIsFinalAndReportedOnce() {
        assertThat(machine.disconnect()).isTrue();
        assertThat(machine.disconnect()).isFalse();
        assertThatThrownBy(() -> machine.moveTo(RfbState.PROTOCOL_VERSION)).isInstanceOf(IllegalStateException.class);
        assertThat(seen).containsExactly(RfbState.DISCONNECTED);
    }

    @Test
    void everyStateCanDisconnectButNoneReturnsToNew() {
        for (RfbState from : RfbState.values()) {
            assertThat(ConnectionStateMachine.allowed(from, RfbState.NEW)).as(from + " → NEW").isFalse();
            if (from != RfbState.DISCONNECTED) {
                assertThat(ConnectionStateMachine.allowed(from, RfbState.DISCONNECTED)).as(from + " → DISCONNECTED").isTrue();
            }
        }
    }
}
