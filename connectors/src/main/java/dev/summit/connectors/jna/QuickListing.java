package dev.summit.connectors.jna;

import com.sun.jna.Pointer;
import dev.summit.connectors.host.LibvirtFailure;
import dev.summit.connectors.host.LibvirtFlags;
import dev.summit.connectors.inventory.GuestSizing;
import dev.summit.connectors.inventory.GuestState;
import dev.summit.connectors.inventory.GuestStats;
import dev.summit.connectors.inventory.GuestSummary;
import dev.summit.connectors.templates.TemplateMark;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One reading of a host's guests, as {@code summit list} prints them: the same summaries as a
 * session's first listing, template marks included, without a session, its worker and events, or
 * libvirt-java (see {@link ListingLib}). A host that does not answer within the timeout fails as a
 * session's connect does.
 */
public final class QuickListing {
    private QuickListing() {
    }

    /**
     * Loads libvirt and binds the listing's calls on a thread of their own, for {@code summit list}
     * to call before picocli parses its command line: the dynamic linking of libvirt and its fifty
     * libraries, and JNA's registering, then happen on the other core meanwhile instead of after.
     * A failure is left for {@link #read} to report.
     */
    public static void preload() {
        LoadAhead.start("load libvirt",
                () -> Class.forName(ListingLib.class.getName(), true, QuickListing.class.getClassLoader()));
    }

    /**
     * @throws IllegalStateException "cannot connect to URI: reason", the reason in plain words
     */
    public static List<GuestSummary> read(String uri, Duration timeout) throws InterruptedException {
        // libvirt's open has no timeout of its own; an abandoned one ends with the process.
        CompletableFuture<List<GuestSummary>> reading = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                reading.complete(readNow(uri));
            } catch (RuntimeException e) {
                reading.completeExceptionally(e);
            }
        }, "list " + uri);
        thread.setDaemon(true);
        thread.start();
        try {
            return reading.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (TimeoutException e) {
            throw failed(uri, "not answering (no reply in " + timeout.toSeconds() + " s)");
        }
    }

    private static List<GuestSummary> readNow(String uri) {
        Pointer conn = ListingLib.virConnectOpen(uri);
        if (conn == null) {
            throw failed(uri, LibvirtFailure.reason(ListingLib.virGetLastErrorMessage()));
        }
        try {
            Set<String> saved = uuids(uri, conn, LibvirtFlags.ListDomains.MANAGEDSAVE);
            Set<String> autostart = uuids(uri, conn, LibvirtFlags.ListDomains.AUTOSTART);
            List<GuestSummary> guests = new ArrayList<>();
            Pointer[] domains = list(uri, conn, 0);
            try {
                for (Pointer domain : domains) {
                    guests.add(summary(uri, domain, saved, autostart));
                }
            } finally {
                freeAll(domains);
            }
            return guests;
        } finally {
            ListingLib.virConnectClose(conn);
        }
    }

    private static GuestSummary summary(String uri, Pointer domain, Set<String> saved, Set<String> autostart) {
        String uuid = ListingLib.uuid(domain);
        String name = ListingLib.virDomainGetName(domain);
        ListingLib.DomainBasics basics = ListingLib.basics(domain);
        if (uuid == null || name == null || basics == null) {
            throw failed(uri, LibvirtFailure.reason(ListingLib.virGetLastErrorMessage()));
        }
        GuestState state = GuestState.fromLibvirt(basics.state());
        // Templates never run: only a shut-off guest's definition is read for the mark.
        boolean template = false;
        if (!state.isActive()) {
            String xml = ListingLib.xml(domain, 0);
            template = xml != null && TemplateMark.isTemplate(xml);
        }
        return new GuestSummary(uuid, name, state, new GuestSizing(basics.vcpus(), basics.maxMemoryKiB()),
                !state.isActive() && saved.contains(uuid), autostart.contains(uuid), GuestStats.NONE, template);
    }

    private static Set<String> uuids(String uri, Pointer conn, int flags) {
        Pointer[] domains = list(uri, conn, flags);
        try {
            Set<String> ids = new HashSet<>();
            for (Pointer domain : domains) {
                ids.add(ListingLib.uuid(domain));
            }
            return ids;
        } finally {
            freeAll(domains);
        }
    }

    private static Pointer[] list(String uri, Pointer conn, int flags) {
        Pointer[] domains = ListingLib.listAllDomains(conn, flags);
        if (domains == null) {
            throw failed(uri, LibvirtFailure.reason(ListingLib.virGetLastErrorMessage()));
        }
        return domains;
    }

    private static void freeAll(Pointer[] domains) {
        for (Pointer domain : domains) {
            ListingLib.free(domain);
        }
    }

    private static IllegalStateException failed(String uri, String reason) {
        return new IllegalStateException("cannot connect to " + uri + ": " + reason);
    }
}
