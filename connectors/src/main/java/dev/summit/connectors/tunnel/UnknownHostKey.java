package dev.summit.connectors.tunnel;

import java.nio.file.Path;

/**
 * A host key to ask the user about, with what they need to check it against the host's own
 * {@code ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub}.
 *
 * @param host            the name as known_hosts would hold it: "kvm2" or "[kvm2]:2222"
 * @param keyType         e.g. "ssh-ed25519"
 * @param fingerprint     OpenSSH's form, "SHA256:…"
 * @param otherTypesKnown known_hosts lists the host, but only with keys of other types
 * @param knownHosts      the file an accepted key is added to
 */
public record UnknownHostKey(String host, String keyType, String fingerprint, boolean otherTypesKnown, Path knownHosts) {
}
