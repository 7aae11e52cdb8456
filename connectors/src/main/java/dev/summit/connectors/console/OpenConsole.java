package dev.summit.connectors.console;

import dev.summit.connectors.host.HostOperationException;
import dev.summit.connectors.host.HostSession;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.jna.GraphicsDescriptor;
import dev.summit.connectors.jna.NativeSocket;
import dev.summit.connectors.tunnel.HostKeyQuestion;
import dev.summit.connectors.tunnel.SshSettings;
import dev.summit.connectors.tunnel.SshTunnel;
import dev.summit.connectors.tunnel.SshTunnels;
import dev.summit.connectors.tunnel.TunnelException;
import dev.summit.connectors.xml.DomainGraphics;
import dev.summit.connectors.xml.VncDisplay;
import dev.summit.connectors.xml.VncPassword;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a guest's VNC console: reads its display from the live XML and, on the guest's own host,
 * asks libvirt for a descriptor, all on the host's worker thread; then, if needed, connects a
 * socket or an SSH tunnel on a thread of its own, so neither the UI nor the host's queue waits on
 * the network or on a host key question. Every call returns at once.
 */
public final class OpenConsole {
    private static final Logger LOG = LoggerFactory.getLogger(OpenConsole.class);
    private static final String VERB = "open the console of";
    private static final int TCP_CONNECT_MILLIS = 10_000;

    private final SshTunnels tunnels;
    private final Executor connector;

    /** Connects on a new daemon thread per console: opens are rare and may wait on a dialog. */
    public OpenConsole(SshSettings ssh, HostKeyQuestion question) {
        this(ssh, question, task -> {
            Thread thread = new Thread(task, "console connect");
            thread.setDaemon(true);
            thread.start();
        });
    }

    public OpenConsole(SshSettings ssh, HostKeyQuestion question, Executor connector) {
        this.tunnels = new SshTunnels(ssh, question);
        this.connector = connector;
    }

    /** The best route there is: see {@link ConsoleRoute} for the order. */
    public CompletableFuture<ConsoleChannel> open(HostSession host, String guestUuid) {
        return open(host, guestUuid, EnumSet.allOf(ConsoleRoute.class));
    }

    /**
     * Only the given routes, best first. Fails with a {@link NoVncDisplayException} for a guest
     * without VNC, else a {@link HostOperationException} whose message says why no route worked.
     */
    public CompletableFuture<ConsoleChannel> open(HostSession host, String guestUuid, Set<ConsoleRoute> allowed) {
        Set<ConsoleRoute> routes = Set.copyOf(allowed);
        CompletableFuture<ConsoleChannel> result = new CompletableFuture<>();
        host.submit(VERB, nameOf(host, guestUuid), conn -> prepare(host.uri(), conn, guestUuid, routes))
                .whenComplete((prepared, failure) -> {
                    if (failure != null) {
                        result.completeExceptionally(failure);
                        return;
                    }
                    try {
                        connector.execute(() -> finish(prepared, result));
                    } catch (RuntimeException e) {
                        prepared.discard();
                        result.completeExceptionally(e);
                    }
                });
        return result;
    }

    /** The guest's VNC display as its live XML says now, without opening anything. */
    public CompletableFuture<VncDisplay> display(HostSession host, String guestUuid) {
        return host.submit("read the display of", nameOf(host, guestUuid), conn -> {
            Domain domain = conn.domainLookupByUUIDString(guestUuid);
            String name = domain.getName();
            String xml = liveXml(domain);
            return DomainGraphics.vnc(xml).orElseThrow(() -> NoVncDisplayException.forGuest(name, DomainGraphics.types(xml)));
        });
    }

    /**
     * The VNC password, for answering the server's authentication on a route that could not skip
     * it ({@link ConsoleChannel#vncPasswordExpected()}). Only on request: nothing else keeps it.
     */
    public CompletableFuture<Optional<VncPassword>> vncPassword(HostSession host, String guestUuid) {
        return host.submit("read the display password of", nameOf(host, guestUuid),
                conn -> DomainGraphics.vncPassword(conn.domainLookupByUUIDString(guestUuid).getXMLDesc(LibvirtFlags.XmlDesc.SECURE)));
    }

    private static Prepared prepare(String hostUri, Connect conn, String uuid, Set<ConsoleRoute> routes) throws LibvirtException {
        Domain domain = conn.domainLookupByUUIDString(uuid);
        String name = domain.getName();
        String xml = liveXml(domain);
        VncDisplay display = DomainGraphics.vnc(xml).orElseThrow(() -> NoVncDisplayException.forGuest(name, DomainGraphics.types(xml)));
        if (domain.isActive() != 1) {
            throw new HostOperationException("Could not open the console of '" + name + "': it is not running; start it to see its screen.");
        }
        List<RouteStep> plan = RoutePlan.plan(hostUri, name, display, routes);
        ConsoleTarget target = new ConsoleTarget(hostUri, uuid, name);
        List<String> failures = new ArrayList<>();
        if (plan.get(0) instanceof RouteStep.Descriptor descriptor) {
            try {
                return new Prepared(target, display, plan, GraphicsDescriptor.open(conn, uuid, descriptor.index()), failures);
            } catch (LibvirtException e) {
                // libxl and older QEMU drivers lack it; the socket or port may still work.
                LOG.debug("no graphics descriptor for {}: {}", name, e.getMessage());
                failures.add("libvirt gave no descriptor (" + LibvirtFailure.reason(e) + ")");
            }
        }
        return new Prepared(target, display, plan, null, failures);
    }

    private static String liveXml(Domain domain) throws LibvirtException {
        try {
            return domain.getXMLDesc(LibvirtFlags.XmlDesc.SECURE);
        } catch (LibvirtException e) {
            // A read-only or restricted connection may not see secure XML; then "no password" is a guess.
            LOG.debug("secure XML refused for {}: {}", domain.getName(), e.getMessage());
            return domain.getXMLDesc(0);
        }
    }

    private void finish(Prepared prepared, CompletableFuture<ConsoleChannel> result) {
        try {
            ConsoleChannel channel = connect(prepared);
            if (!result.complete(channel)) {
                channel.close();
            }
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    private ConsoleChannel connect(Prepared prepared) {
        if (prepared.descriptor() != null) {
            NativeSocket socket = prepared.descriptor();
            return channel(prepared, ConsoleRoute.DESCRIPTOR, "libvirt descriptor", socket.input(), socket.output(), socket::close);
        }
        List<String> failures = new ArrayList<>(prepared.failures());
        for (RouteStep step : prepared.plan()) {
            try {
                Optional<ConsoleChannel> channel = attempt(prepared, step);
                if (channel.isPresent()) {
                    LOG.debug("console of {} open: {}", prepared.target().guestName(), channel.get().description());
                    return channel.get();
                }
            } catch (TunnelException e) {
                failures.add(e.getMessage());
            } catch (IOException e) {
                failures.add(step.route() + " failed: " + e.getMessage());
            }
        }
        String why = failures.isEmpty() ? "no route worked" : String.join("; ", failures.stream().map(OpenConsole::withoutStop).toList());
        throw new HostOperationException("Could not open the console of '" + prepared.target().guestName() + "': " + why + ".");
    }

    private Optional<ConsoleChannel> attempt(Prepared prepared, RouteStep step) throws IOException {
        if (step instanceof RouteStep.UnixSocket unix) {
            SocketChannel socket = SocketChannel.open(UnixDomainSocketAddress.of(unix.path()));
            return Optional.of(channel(prepared, step.route(), "UNIX socket " + unix.path(),
                    UnixSocketStreams.input(socket), UnixSocketStreams.output(socket), socket));
        }
        if (step instanceof RouteStep.Tcp tcp) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(tcp.host(), tcp.port()), TCP_CONNECT_MILLIS);
                socket.setTcpNoDelay(true);
            } catch (IOException e) {
                socket.close();
                throw new IOException("TCP " + tcp.host() + ":" + tcp.port() + " refused or unreachable (" + e.getMessage() + ")", e);
            }
            String where = tcp.host().contains(":") ? "[" + tcp.host() + "]" : tcp.host();
            return Optional.of(channel(prepared, step.route(), "TCP " + where + ":" + tcp.port(),
                    socket.getInputStream(), socket.getOutputStream(), socket));
        }
        if (step instanceof RouteStep.Ssh ssh) {
            SshTunnel tunnel = tunnels.open(ssh.via(), ssh.end());
            return Optional.of(channel(prepared, step.route(), tunnel.description(), tunnel.input(), tunnel.output(), tunnel));
        }
        return Optional.empty();
    }

    private static String withoutStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    private static ConsoleChannel channel(Prepared prepared, ConsoleRoute route, String description,
                                          InputStream in, OutputStream out, Closeable resource) {
        return new ConsoleChannel(prepared.target(), route, description, prepared.display(), in, out, resource);
    }

    private static String nameOf(HostSession host, String uuid) {
        GuestSummary guest = host.inventory().guests().get(uuid);
        return guest == null ? uuid : guest.name();
    }

    /** What the worker found; {@code descriptor} is set when libvirt already handed one over. */
    private record Prepared(ConsoleTarget target, VncDisplay display, List<RouteStep> plan, NativeSocket descriptor,
                            List<String> failures) {
        void discard() {
            if (descriptor != null) {
                descriptor.close();
            }
        }
    }
}
