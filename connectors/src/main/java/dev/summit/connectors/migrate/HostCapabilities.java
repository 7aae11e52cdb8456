package dev.summit.connectors.migrate;

import java.util.Optional;

/**
 * The host's UUID from its capabilities document. libvirt's schema puts it as the first child of
 * {@code <host>}, at the top of a document that runs to hundreds of kilobytes (every machine type of
 * every emulator): reading it by position costs nothing, where parsing the whole document into a DOM
 * was a fifth of a `summit migrate` check — done for both hosts before every move.
 */
final class HostCapabilities {
    private HostCapabilities() {
    }

    /** The UUID, or empty when the host reports none. */
    static Optional<String> uuid(String capabilitiesXml) {
        int host = capabilitiesXml.indexOf("<host>");
        if (host < 0) {
            return Optional.empty();
        }
        int open = capabilitiesXml.indexOf("<uuid>", host);
        int hostEnd = capabilitiesXml.indexOf("</host>", host);
        if (open < 0 || (hostEnd >= 0 && open > hostEnd)) {
            return Optional.empty();
        }
        int close = capabilitiesXml.indexOf("</uuid>", open);
        if (close < 0) {
            return Optional.empty();
        }
        String uuid = capabilitiesXml.substring(open + "<uuid>".length(), close).strip();
        return uuid.isEmpty() ? Optional.empty() : Optional.of(uuid);
    }
}
