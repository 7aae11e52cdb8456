package dev.summit.connectors.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.tunnel.SshTarget;
import dev.summit.connectors.tunnel.TunnelEnd;
import dev.summit.connectors.xml.VncDisplay;
import dev.summit.connectors.xml.VncListen;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutePlanTest {
    private static final Set<ConsoleRoute> ALL = EnumSet.allOf(ConsoleRoute.class);
    private static final VncDisplay LOOPBACK = new VncDisplay(0, 5901, true, new VncListen.Address("127.0.0.1", null), false);
    private static final VncDisplay ANY = new VncDisplay(1, 5902, true, new VncListen.Address("0.0.0.0", null), false);
    private static final VncDisplay SOCKET = new VncDisplay(0, -1, false, new VncListen.Socket("/run/vnc.sock"), false);
    private static final VncDisplay NONE = new VncDisplay(0, -1, false, new VncListen.None(), false);

    @Test
    void aLocalHostTriesTheDescriptorFirstThenTheListener() {
        for (String uri : List.of("qemu:///system", "qemu:///session", "xen:///system", "qemu+unix:///system")) {
            assertThat(RoutePlan.plan(uri, "g", LOOPBACK, ALL))
                    .containsExactly(new RouteStep.Descriptor(0), new RouteStep.Tcp("127.0.0.1", 5901));
        }
        assertThat(RoutePlan.plan("qemu:///system", "g", ANY, ALL))
                .containsExactly(new RouteStep.Descriptor(1), new RouteStep.Tcp("127.0.0.1", 5902));
        assertThat(RoutePlan.plan("qemu:///system", "g", SOCKET, ALL))
                .containsExactly(new RouteStep.Descriptor(0), new RouteStep.UnixSocket(Path.of("/run/vnc.sock")));
        assertThat(RoutePlan.plan("qemu:///system", "g", NONE, ALL)).containsExactly(new RouteStep.Descriptor(0));
    }

    @Test
    void theCallerMayLeaveRoutesOut() {
        assertThat(RoutePlan.plan("qemu:///system", "g", LOOPBACK, EnumSet.of(ConsoleRoute.TCP)))
                .containsExactly(new RouteStep.Tcp("127.0.0.1", 5901));
        assertThatThrownBy(() -> RoutePlan.plan("qemu:///system", "g", NONE, EnumSet.of(ConsoleRoute.TCP)))
                .isInstanceOf(HostOperationException.class)
                .hasMessageContaining("'g'");
    }

    @Test
    void anSshHostIsTunnelledToTheDisplayAsTheHostSeesIt() {
        SshTarget via = new SshTarget("root", "kvm2", 2222, null);
        String uri = "qemu+ssh://root@kvm2:2222/system";
        assertThat(RoutePlan.plan(uri, "g", LOOPBACK, ALL)).containsExactly(new RouteStep.Ssh(via, new TunnelEnd.Tcp("127.0.0.1", 5901)));
        assertThat(RoutePlan.plan(uri, "g", ANY, ALL)).containsExactly(new RouteStep.Ssh(via, new TunnelEnd.Tcp("127.0.0.1", 5902)));
        assertThat(RoutePlan.plan(uri, "g", SOCKET, ALL)).containsExactly(new RouteStep.Ssh(via, new TunnelEnd.UnixSocket("/run/vnc.sock")));
        assertThatThrownBy(() -> RoutePlan.plan(uri, "g", NONE, ALL))
                .hasMessageContaining("only accepts a descriptor from libvirt on kvm2");
    }

    @Test
    void aTlsHostIsReachedDirectlyWhenTheDisplayListensBeyondLoopback() {
        assertThat(RoutePlan.plan("qemu+tls://kvm3/system", "g", ANY, ALL)).containsExactly(new RouteStep.Tcp("kvm3", 5902));
        VncDisplay specific = new VncDisplay(0, 5905, false, new VncListen.Address("10.1.2.3", null), false);
        assertThat(RoutePlan.plan("qemu+tcp://kvm3/system", "g", specific, ALL)).containsExactly(new RouteStep.Tcp("10.1.2.3", 5905));
        assertThatThrownBy(() -> RoutePlan.plan("qemu+tls://kvm3/system", "g", LOOPBACK, ALL))
                .hasMessageContaining("loopback address only; connect to kvm3 over SSH");
        assertThatThrownBy(() -> RoutePlan.plan("qemu+tls://kvm3/system", "g", SOCKET, ALL))
                .hasMessageContaining("UNIX socket on kvm3");
    }

    @Test
    void noVncDisplaySaysWhatTheGuestHasInstead() {
        assertThat(NoVncDisplayException.forGuest("win", List.of("spice")).getMessage())
                .isEqualTo("'win' has no VNC display; Summit shows VNC consoles (it only has a SPICE display)."
                        + " Add a VNC display to the guest to see its screen here.");
        assertThat(NoVncDisplayException.forGuest("headless", List.of()).getMessage())
                .contains("it has no graphical display at all");
    }
}
