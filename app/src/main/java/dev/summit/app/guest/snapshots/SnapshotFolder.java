package dev.summit.app.guest.snapshots;

import dev.summit.connectors.snapshots.GuestScreenshot;
import dev.summit.connectors.snapshots.SnapshotJournal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Summit keeps about snapshots in its data folder: each snapshot's screen thumbnail (removed
 * with the snapshot) and the journal of reverts and deletes under way.
 */
public record SnapshotFolder(Path dataFolder) {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotFolder.class);
    static final int THUMBNAIL_WIDTH = 240;

    public SnapshotJournal journal() {
        return new SnapshotJournal(dataFolder.resolve("snapshot-journal"));
    }

    /** Where a snapshot's thumbnail is: named by a hash, since a snapshot's name may hold any character. */
    public Path thumbnail(String guestUuid, String snapshot) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(snapshot.getBytes(StandardCharsets.UTF_8));
            return dataFolder.resolve("snapshots").resolve(guestUuid).resolve(HexFormat.of().formatHex(hash, 0, 12) + ".png");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Keeps a small copy of the screen; a screen Summit cannot read is skipped (a snapshot needs none). */
    public void saveThumbnail(String guestUuid, String snapshot, GuestScreenshot.Image screen) {
        try {
            Optional<byte[]> small = ThumbnailScaler.png(screen.data(), THUMBNAIL_WIDTH);
            if (small.isEmpty()) {
                LOG.info("screen of {} is {}, which Summit cannot read: no thumbnail", guestUuid, screen.mimeType());
                return;
            }
            Path file = thumbnail(guestUuid, snapshot);
            Files.createDirectories(file.getParent());
            Files.write(file, small.get());
        } catch (IOException e) {
            LOG.warn("could not keep the thumbnail of snapshot {}: {}", snapshot, e.getMessage());
        }
    }

    public Optional<byte[]> readThumbnail(String guestUuid, String snapshot) {
        Path file = thumbnail(guestUuid, snapshot);
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void deleteThumbnail(String guestUuid, String snapshot) {
        try {
            Files.deleteIfExists(thumbnail(guestUuid, snapshot));
        } catch (IOException e) {
            LOG.warn("could not remove the thumbnail of snapshot {}: {}", snapshot, e.getMessage());
        }
    }
}
