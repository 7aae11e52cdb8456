package dev.summit.connectors.tunnel;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.UserInfo;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSch's host key decision, made by us: known keys pass, unknown ones go to the user through
 * {@link HostKeyQuestion}, changed and revoked ones are refused. JSch runs with
 * StrictHostKeyChecking=yes, so every "no" here ends the handshake, and {@link #refusal()} says why
 * in words the user can act on.
 */
final class HostKeyCheck implements HostKeyRepository {
    private static final Logger LOG = LoggerFactory.getLogger(HostKeyCheck.class);

    private final KnownHosts knownHosts;
    private final HostKeyQuestion question;
    private final Duration answerTimeout;
    private final boolean hashNewEntries;
    private volatile String refusal;

    HostKeyCheck(KnownHosts knownHosts, HostKeyQuestion question, Duration answerTimeout, boolean hashNewEntries) {
        this.knownHosts = knownHosts;
        this.question = question;
        this.answerTimeout = answerTimeout;
        this.hashNewEntries = hashNewEntries;
    }

    /** Why the last check said no; empty when it did not. */
    Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    @Override
    public int check(String host, byte[] key) {
        PublicKeyBlob offered = new PublicKeyBlob(key);
        KnownHosts.Lookup lookup;
        try {
            lookup = knownHosts.lookup(host, offered);
        } catch (IOException e) {
            refusal = "Could not read " + knownHosts.userFile() + " to check the host key of " + host + ": " + e.getMessage() + ".";
            return NOT_INCLUDED;
        }
        if (lookup instanceof KnownHosts.Lookup.Known) {
            return OK;
        }
        if (lookup instanceof KnownHosts.Lookup.Changed changed) {
            refusal = "The " + offered.type() + " host key of " + host + " has changed (now " + offered.sha256Fingerprint()
                    + "): it does not match line " + changed.line() + " of " + changed.file() + ". Someone may be"
                    + " intercepting the connection, or the host was reinstalled; if you know it was, remove that line"
                    + " (ssh-keygen -R '" + host + "') and connect again.";
            LOG.warn("refused changed host key of {} (known_hosts {} line {})", host, changed.file(), changed.line());
            return CHANGED;
        }
        if (lookup instanceof KnownHosts.Lookup.Revoked revoked) {
            refusal = "The host key of " + host + " is marked @revoked on line " + revoked.line() + " of "
                    + revoked.file() + "; Summit will not connect with it.";
            return CHANGED;
        }
        boolean otherTypes = ((KnownHosts.Lookup.Unknown) lookup).otherTypesKnown();
        return ask(new UnknownHostKey(host, offered.type(), offered.sha256Fingerprint(), otherTypes, knownHosts.userFile()), offered);
    }

    private int ask(UnknownHostKey unknown, PublicKeyBlob offered) {
        HostKeyAnswer answer;
        try {
            answer = question.ask(unknown).toCompletableFuture().get(answerTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            refusal = "No answer about the host key of " + unknown.host() + " came within "
                    + answerTimeout.toSeconds() + " s; Summit did not connect.";
            return NOT_INCLUDED;
        } catch (ExecutionException | RuntimeException e) {
            LOG.warn("asking about the host key of {} failed", unknown.host(), e);
            answer = HostKeyAnswer.REFUSE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = HostKeyAnswer.REFUSE;
        }
        if (answer == null || answer == HostKeyAnswer.REFUSE) {
            refusal = "The host key of " + unknown.host() + " (" + unknown.keyType() + " " + unknown.fingerprint()
                    + ") was not accepted; Summit did not connect.";
            return NOT_INCLUDED;
        }
        if (answer == HostKeyAnswer.ACCEPT_AND_REMEMBER) {
            try {
                knownHosts.add(unknown.host(), offered, hashNewEntries);
                LOG.info("added the {} key of {} to {}", unknown.keyType(), unknown.host(), knownHosts.userFile());
            } catch (IOException e) {
                // The user said yes: connect anyway, and say why they will be asked again.
                LOG.warn("could not add the host key of {} to {}: {}", unknown.host(), knownHosts.userFile(), e.getMessage());
            }
        }
        return OK;
    }

    /** JSch asks for listed keys only to look for @revoked ones, which {@link #check} already did. */
    @Override
    public HostKey[] getHostKey(String host, String type) {
        return new HostKey[0];
    }

    @Override
    public HostKey[] getHostKey() {
        return new HostKey[0];
    }

    /** Never called with StrictHostKeyChecking=yes; additions go through {@link KnownHosts#add}. */
    @Override
    public void add(HostKey hostkey, UserInfo ui) {
    }

    @Override
    public void remove(String host, String type) {
    }

    @Override
    public void remove(String host, String type, byte[] key) {
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return knownHosts.userFile().toString();
    }
}
