package dev.summit.connectors.tunnel;

import com.jcraft.jsch.AgentIdentityRepository;
import com.jcraft.jsch.AgentProxyException;
import com.jcraft.jsch.Identity;
import com.jcraft.jsch.IdentityRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.SSHAgentConnector;
import com.jcraft.jsch.UnixDomainSocketFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Vector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys Summit offers, in ssh's order: ssh-agent's, then unencrypted key files. A key file with
 * a passphrase is skipped, not asked about: Summit never handles passphrases or passwords, so such
 * a key belongs in the agent. Read-only: nothing is ever added to the agent.
 */
final class SshIdentities implements IdentityRepository {
    private static final Logger LOG = LoggerFactory.getLogger(SshIdentities.class);

    private final IdentityRepository agent;
    private final List<Identity> files;

    private SshIdentities(IdentityRepository agent, List<Identity> files) {
        this.agent = agent;
        this.files = files;
    }

    /**
     * @param agentSocket ssh-agent's socket, or null
     * @param keyFiles    candidate key files; missing ones are skipped, as ssh skips them
     */
    static SshIdentities load(Path agentSocket, List<Path> keyFiles) {
        IdentityRepository agent = null;
        if (agentSocket != null && Files.exists(agentSocket)) {
            try {
                agent = new AgentIdentityRepository(new SSHAgentConnector(new UnixDomainSocketFactory(), agentSocket));
            } catch (AgentProxyException e) {
                LOG.warn("ssh-agent at {} cannot be used: {}", agentSocket, e.getMessage());
            }
        }
        List<Identity> files = new ArrayList<>();
        for (Path file : keyFiles) {
            if (!Files.isReadable(file)) {
                continue;
            }
            // A private JSch only parses the file: adding to ours would push the key into the agent.
            JSch parser = new JSch();
            try {
                parser.addIdentity(file.toString());
                for (Identity identity : parser.getIdentityRepository().getIdentities()) {
                    if (identity.isEncrypted()) {
                        LOG.info("skipping {}: it has a passphrase; add it to ssh-agent to use it", file);
                    } else {
                        files.add(identity);
                    }
                }
            } catch (JSchException e) {
                LOG.warn("skipping key file {}: {}", file, e.getMessage());
            }
        }
        return new SshIdentities(agent, List.copyOf(files));
    }

    /** What was offered, for a message when the server accepted none of it. */
    String describeOffered() {
        int agentKeys = agent == null ? 0 : agent.getIdentities().size();
        String fromAgent = agent == null ? "no ssh-agent" : "ssh-agent (" + agentKeys + (agentKeys == 1 ? " key)" : " keys)");
        List<String> names = files.stream().map(Identity::getName).toList();
        return fromAgent + (files.isEmpty() ? ", no usable key file" : ", key files " + String.join(", ", names));
    }

    @Override
    public Vector<Identity> getIdentities() {
        Vector<Identity> all = new Vector<>();
        if (agent != null && agent.getStatus() != UNAVAILABLE) {
            all.addAll(agent.getIdentities());
        }
        all.addAll(files);
        return all;
    }

    @Override
    public String getName() {
        return "summit";
    }

    @Override
    public int getStatus() {
        return RUNNING;
    }

    @Override
    public boolean add(byte[] identity) {
        return false;
    }

    @Override
    public boolean remove(byte[] blob) {
        return false;
    }

    @Override
    public void removeAll() {
    }
}
