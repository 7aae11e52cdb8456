package dev.summit.connectors.tunnel;

import com.jcraft.jsch.Channel;
import com.jcraft.jsch.ChannelDirectStreamLocal;
import com.jcraft.jsch.ChannelDirectTCPIP;
import com.jcraft.jsch.ConfigRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchHostKeyException;
import com.jcraft.jsch.OpenSSHConfig;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.Slf4jLogger;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Opens SSH tunnels that need nothing on the far side but sshd: a direct-tcpip or
 * direct-streamlocal channel, as {@code ssh -W} does, with the user's ssh_config, ssh-agent and
 * known_hosts. Only public keys authenticate; Summit never asks for or keeps a password.
 */
public final class SshTunnels {
    private static final List<String> DEFAULT_KEYS = List.of("id_ed25519", "id_ecdsa", "id_rsa");
    private static final int KEEPALIVE_MILLIS = 30_000;

    private final SshSettings settings;
    private final HostKeyQuestion question;

    public SshTunnels(SshSettings settings, HostKeyQuestion question) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.question = Objects.requireNonNull(question, "question");
    }

    /**
     * Blocks while connecting and while the user answers a host key question: call it on a
     * background thread, never the UI thread.
     */
    public SshTunnel open(SshTarget target, TunnelEnd end) throws TunnelException {
        ConfigRepository config = readConfig();
        ConfigRepository.Config hostConfig = config.getConfig(target.host());
        HostKeyCheck hostKeys = new HostKeyCheck(knownHosts(hostConfig), question, settings.answerTimeout(),
                "yes".equalsIgnoreCase(hostConfig.getValue("HashKnownHosts")));
        SshIdentities identities = SshIdentities.load(agentSocket(hostConfig), keyFiles(target, hostConfig));
        JSch jsch = new JSch();
        jsch.setInstanceLogger(new Slf4jLogger());
        jsch.setConfigRepository(new SshConfigView(config));
        int timeout = (int) settings.connectTimeout().toMillis();
        Session session = null;
        try {
            session = jsch.getSession(target.user(), target.host(), 22);
            if (target.port() > 0) {
                session.setPort(target.port());
            }
            session.setConfig("StrictHostKeyChecking", "yes");
            session.setConfig("PreferredAuthentications", "publickey");
            session.setHostKeyRepository(hostKeys);
            session.setIdentityRepository(identities);
            session.setDaemonThread(true);
            session.connect(timeout);
            session.setServerAliveInterval(KEEPALIVE_MILLIS);
            session.setServerAliveCountMax(3);
        } catch (JSchException e) {
            disconnect(session);
            throw new TunnelException(sessionFailure(target, e, hostKeys, identities), e);
        }
        try {
            Channel channel = channel(session, end);
            InputStream in = channel.getInputStream();
            OutputStream out = channel.getOutputStream();
            channel.connect(timeout);
            return new SshTunnel(session, channel, in, out, "SSH tunnel via " + target);
        } catch (JSchException | IOException e) {
            disconnect(session);
            throw new TunnelException("The SSH server of " + target + " could not connect to " + end
                    + " there: is the guest's display still up, and does sshd allow forwarding ("
                    + (end instanceof TunnelEnd.Tcp ? "AllowTcpForwarding" : "AllowStreamLocalForwarding") + ")?", e);
        }
    }

    private static Channel channel(Session session, TunnelEnd end) throws JSchException {
        if (end instanceof TunnelEnd.Tcp tcp) {
            ChannelDirectTCPIP channel = (ChannelDirectTCPIP) session.openChannel("direct-tcpip");
            channel.setHost(tcp.host());
            channel.setPort(tcp.port());
            return channel;
        }
        ChannelDirectStreamLocal channel = (ChannelDirectStreamLocal) session.openChannel("direct-streamlocal@openssh.com");
        channel.setSocketPath(((TunnelEnd.UnixSocket) end).path());
        return channel;
    }

    private ConfigRepository readConfig() throws TunnelException {
        try {
            return Files.isReadable(settings.config())
                    ? OpenSSHConfig.parseFile(settings.config().toString())
                    : OpenSSHConfig.parse("");
        } catch (IOException e) {
            throw new TunnelException("Could not read " + settings.config() + ": " + e.getMessage() + ".", e);
        }
    }

    /** ssh_config's UserKnownHostsFile (first file takes additions) and GlobalKnownHostsFile win. */
    private KnownHosts knownHosts(ConfigRepository.Config hostConfig) {
        List<Path> user = paths(hostConfig.getValue("UserKnownHostsFile"));
        List<Path> global = paths(hostConfig.getValue("GlobalKnownHostsFile"));
        List<Path> others = new ArrayList<>(user.size() > 1 ? user.subList(1, user.size()) : List.of());
        others.addAll(global.isEmpty() ? settings.globalKnownHosts() : global);
        return new KnownHosts(user.isEmpty() ? settings.knownHosts() : user.get(0), others);
    }

    private Path agentSocket(ConfigRepository.Config hostConfig) {
        String agent = hostConfig.getValue("IdentityAgent");
        if (agent == null || agent.equals("SSH_AUTH_SOCK") || agent.equals("$SSH_AUTH_SOCK")) {
            return settings.agentSocket();
        }
        return agent.equalsIgnoreCase("none") ? null : settings.resolve(agent);
    }

    /** libvirt's ?keyfile= first, then ssh_config's IdentityFile, else ssh's default key names. */
    private List<Path> keyFiles(SshTarget target, ConfigRepository.Config hostConfig) {
        List<Path> files = new ArrayList<>();
        if (target.keyFile() != null) {
            files.add(settings.resolve(target.keyFile()));
        }
        String[] configured = hostConfig.getValues("IdentityFile");
        if (configured != null && configured.length > 0) {
            for (String file : configured) {
                files.add(settings.resolve(unquote(file).replace("%d", settings.home().toString())));
            }
        } else {
            DEFAULT_KEYS.forEach(name -> files.add(settings.home().resolve(".ssh").resolve(name)));
        }
        return files;
    }

    private List<Path> paths(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("none")) {
            return List.of();
        }
        return Arrays.stream(value.strip().split("\\s+")).map(SshTunnels::unquote).map(settings::resolve).toList();
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    private String sessionFailure(SshTarget target, JSchException e, HostKeyCheck hostKeys, SshIdentities identities) {
        if (e instanceof JSchHostKeyException && hostKeys.refusal().isPresent()) {
            return hostKeys.refusal().get();
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("Auth fail") || message.startsWith("Auth cancel")) {
            return "The SSH server of " + target + " accepted none of the keys Summit offered ("
                    + identities.describeOffered() + "). Load your key into ssh-agent or name it with IdentityFile"
                    + " in ~/.ssh/config; Summit never asks for passwords.";
        }
        Throwable cause = e.getCause();
        if (cause instanceof ConnectException) {
            return "Could not reach the SSH server of " + target + ": " + cause.getMessage() + ".";
        }
        if (cause instanceof UnknownHostException) {
            return "'" + target.host() + "' is not a host name this machine can resolve.";
        }
        if (cause instanceof SocketTimeoutException || message.contains("timeout")) {
            return "The SSH server of " + target + " did not answer within " + settings.connectTimeout().toSeconds() + " s.";
        }
        return "SSH to " + target + " failed: " + message + ".";
    }

    private static void disconnect(Session session) {
        if (session != null) {
            session.disconnect();
        }
    }
}
