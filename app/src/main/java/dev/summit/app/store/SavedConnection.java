package dev.summit.app.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A libvirt connection the user saved, as the host list shows it.
 *
 * @param id            the row id, stable for the row's life
 * @param displayName   the name the user gave it
 * @param uri           the libvirt URI; never carries a secret (see {@link UriSecrets})
 * @param autoconnect   whether Summit connects at startup
 * @param position      0-based place in the user's order, dense
 * @param lastConnected when a connection last succeeded, or null if never
 */
public record SavedConnection(long id, String displayName, String uri, boolean autoconnect, int position,
                              Instant lastConnected) {

    public SavedConnection {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(uri, "uri");
    }

    public SavedConnection withDisplayName(String newName) {
        return new SavedConnection(id, newName, uri, autoconnect, position, lastConnected);
    }

    public SavedConnection withUri(String newUri) {
        return new SavedConnection(id, displayName, newUri, autoconnect, position, lastConnected);
    }

    public SavedConnection withAutoconnect(boolean newAutoconnect) {
        return new SavedConnection(id, displayName, uri, newAutoconnect, position, lastConnected);
    }
}
