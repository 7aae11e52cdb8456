package dev.summit.connectors.backup;

import java.nio.file.Path;

/**
 * A backup folder whose job never finished (Summit or libvirtd stopped, or one is running now):
 * it still holds {@code unfinished.json} and no manifest, so it is never offered for restore.
 *
 * @param checkpoint the checkpoint the job made or was about to make, null when unreadable
 */
public record UnfinishedBackup(Path folder, String guest, String uuid, String checkpoint) {
}
