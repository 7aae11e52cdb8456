package dev.summit.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.app.console.ConsolePlan.Step;
import dev.summit.connectors.inventory.GuestState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConsolePlanTest {
    private static final String A = "qemu+ssh://root@a/system";
    private static final String B = "qemu+ssh://root@b/system";
    private final ConsolePlan plan = new ConsolePlan();

    private static GuestWhereabouts on(String host, GuestState state) {
        return new GuestWhereabouts(host, state, true);
    }

    @Test
    void aRunningGuestIsConnectedAndTheScreenGoesLiveOnlyOnceConnected() {
        assertThat(plan.guestChanged(on(A, GuestState.RUNNING))).isEqualTo(new Step.Connect(A));
        assertThat(plan.statusText()).isEqualTo("Connecting…");

        plan.connected();

        assertThat(plan.statusText()).isEmpty();
        assertThat(plan.guestChanged(on(A, GuestState.RUNNING))).isEqualTo(new Step.Wait());
    }

    @Test
    void aGuestThatShutsOffIsSaidSoAndItsConnectionClosed() {
        plan.guestChanged(on(A, GuestState.RUNNING));
        plan.connected();

        assertThat(plan.guestChanged(on(A, GuestState.SHUT_OFF))).isEqualTo(new Step.Close());
        assertThat(plan.statusText()).isEqualTo("Guest is shut off");
        // The closed client's own "connection closed" report must not start a retry loop.
        assertThat(plan.lost("Connection closed.")).isEqualTo(new Step.Wait());
        assertThat(plan.statusText()).isEqualTo("Guest is shut off");
    }

    @Test
    void startingTheGuestAgainReconnects() {
        plan.guestChanged(on(A, GuestState.RUNNING));
        plan.connected();
        plan.guestChanged(on(A, GuestState.SHUT_OFF));

        assertThat(plan.guestChanged(on(A, GuestState.RUNNING))).isEqualTo(new Step.Connect(A));
    }

    @Test
    void aPausedGuestKeepsItsConnectionAndSaysPaused() {
        plan.guestChanged(on(A, GuestState.RUNNING));
        plan.connected();

        assertThat(plan.guestChanged(on(A, GuestState.PAUSED))).isEqualTo(new Step.Wait());
        assertThat(plan.statusText()).isEqualTo("Paused");
    }

    @Test
    void aDroppedConnectionOfARunningGuestIsRetriedWithGrowingWaitsThatStopGrowing() {
        plan.guestChanged(on(A, GuestState.RUNNING));

        assertThat(plan.lost("refused")).isEqualTo(new Step.RetryAfter(Duration.ofMillis(300)));
        assertThat(plan.statusText()).isEqualTo("Disconnected — reconnecting (refused)");
        // While a retry waits, list updates do not start a second attempt.
        assertThat(plan.guestChanged(on(A, GuestState.RUNNING))).isEqualTo(new Step.Wait());
        assertThat(plan.retryDue()).isEqualTo(new Step.Connect(A));
        assertThat(plan.lost("refused")).isEqualTo(new Step.RetryAfter(Duration.ofSeconds(1)));
        plan.retryDue();
        assertThat(plan.lost("refused")).isEqualTo(new Step.RetryAfter(Duration.ofSeconds(2)));
        plan.retryDue();
        assertThat(plan.lost("refused")).isEqualTo(new Step.RetryAfter(Duration.ofSeconds(5)));
        plan.retryDue();
        assertThat(plan.lost("refused")).isEqualTo(new Step.RetryAfter(Duration.ofSeconds(5)));
    }

    @Test
    void aSuccessfulConnectionResetsTheBackoff() {
        plan.guestChanged(on(A, GuestState.RUNNING));
        plan.lost("refused");
        plan.retryDue();
        plan.lost("refused");
        plan.retryDue();
        plan.connected();

        assertThat(plan.lost("server went away")).isEqualTo(new Step.RetryAfter(Duration.ofMillis(300)));
    }

    @Test
    void aGuestThatMovedToAnotherHostIsFollowed() {
        plan.guestChanged(on(A, GuestState.RUNNING));
        plan.connected();

        assertThat(plan.guestChanged(on(B, GuestState.RUNNING))).isEqualTo(new Step.Close());
        assertThat(plan.next()).isEqualTo(new Step.Connect(B));
    }

    @Test
    void aDisconnectedHostIsNamedAsTheReason() {
        plan.guestChanged(on(A, GuestState.RUNNING));
        plan.connected();

        assertThat(plan.guestChanged(new GuestWhereabouts(A, GuestState.RUNNING, false))).isEqualTo(new Step.Close());
        assertThat(plan.statusText()).isEqualTo("Host disconnected — waiting for it to come back");
        assertThat(plan.guestChanged(GuestWhereabouts.NOWHERE)).isEqualTo(new Step.Wait());
        assertThat(plan.statusText()).isEqualTo("Guest is not on any connected host");
    }
}
