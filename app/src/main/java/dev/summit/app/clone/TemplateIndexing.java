package dev.summit.app.clone;

import dev.summit.app.store.IndexedTemplate;
import dev.summit.app.store.StoreException;
import dev.summit.app.store.SummitStore;
import dev.summit.app.vmlist.GuestRow;
import dev.summit.connectors.templates.Templates;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the SQLite template index in step with what the hosts say. The domain metadata is the
 * truth, so a failed index write is only logged: it must never fail the marking or hide the list.
 * Runs on the background executor, never on the FX thread or a host's worker.
 */
final class TemplateIndexing {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateIndexing.class);

    private TemplateIndexing() {
    }

    static void marked(SummitStore store, GuestRow guest) {
        try {
            store.templates().put(new IndexedTemplate(guest.hostUri(), guest.uuid(), guest.nameProperty().get(),
                    Optional.empty(), Instant.now()));
        } catch (StoreException e) {
            LOG.warn("Template {} was marked but could not be indexed: {}", guest.uuid(), e.getMessage());
        }
    }

    static void unmarked(SummitStore store, String hostUri, String uuid) {
        try {
            store.templates().remove(hostUri, uuid);
        } catch (StoreException e) {
            LOG.warn("Template {} was unmarked but stays in the index: {}", uuid, e.getMessage());
        }
    }

    /** @return {@code reported}, unchanged, after making the host's index rows equal to it */
    static List<Templates.Template> reported(SummitStore store, String hostUri, List<Templates.Template> reported) {
        try {
            store.templates().replaceHost(hostUri, reported.stream()
                    .map(t -> new IndexedTemplate(hostUri, t.uuid(), t.name(), Optional.ofNullable(t.osId()), Instant.now()))
                    .toList());
        } catch (StoreException e) {
            LOG.warn("The template index for {} could not be refreshed: {}", hostUri, e.getMessage());
        }
        return reported;
    }
}
