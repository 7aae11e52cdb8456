package dev.summit.connectors.snapshots;

import dev.summit.connectors.host.HostSession;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The guest's screen as libvirt's virDomainScreenshot hands it over (QEMU: a PPM image). */
public final class GuestScreenshot {
    private static final Logger LOG = LoggerFactory.getLogger(GuestScreenshot.class);
    /** A 4K screen as PPM is 25 MB; anything larger is not a screen. */
    private static final int LIMIT = 64 << 20;

    /** @param mimeType what libvirt says it is, e.g. "image/x-portable-pixmap" */
    public record Image(String mimeType, byte[] data) {
    }

    private GuestScreenshot() {
    }

    /**
     * The screen of a running guest, on the host's worker; empty when it is shut off. Taken right after
     * a snapshot for its thumbnail: a running guest's screen is the same a moment later.
     */
    public static CompletableFuture<Optional<Image>> apply(HostSession host, String uuid, String guestName) {
        return host.submit("take the screen of", guestName, conn -> {
            Domain domain = conn.domainLookupByUUIDString(uuid);
            return domain.isActive() == 1 ? take(conn, domain) : Optional.<Image>empty();
        });
    }

    /** Empty when the guest has no screen or libvirt could not take it: a snapshot does not need one. */
    public static Optional<Image> take(Connect conn, Domain domain) {
        Stream stream = null;
        try {
            stream = conn.streamNew(0);
            String mime = domain.screenshot(stream, 0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[256 * 1024];
            int read;
            while ((read = stream.receive(chunk)) > 0) {
                out.write(chunk, 0, read);
                if (out.size() > LIMIT) {
                    stream.abort();
                    return Optional.empty();
                }
            }
            stream.finish();
            return Optional.of(new Image(mime, out.toByteArray()));
        } catch (LibvirtException e) {
            LOG.info("no screenshot of the guest: {}", e.getMessage());
            return Optional.empty();
        } finally {
            if (stream != null) {
                try {
                    stream.free();
                } catch (LibvirtException e) {
                    LOG.debug("freeing the screenshot stream failed: {}", e.getMessage());
                }
            }
        }
    }
}
