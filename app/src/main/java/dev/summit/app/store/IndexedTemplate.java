package dev.summit.app.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One row of the template index: a guest some Summit marked as template on a host. */
public record IndexedTemplate(String hostUri, String uuid, String name, Optional<String> osId, Instant markedAt) {

    public IndexedTemplate {
        Objects.requireNonNull(hostUri, "hostUri");
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(osId, "osId");
        Objects.requireNonNull(markedAt, "markedAt");
    }
}
