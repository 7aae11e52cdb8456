package dev.summit.connectors.backup;

import java.nio.file.Path;

/**
 * Back up the guest {@code uuid} on host {@code uri} into a new sub-folder of {@code folder}, a
 * folder of the machine libvirtd runs on.
 */
public record BackupRequest(String uri, String uuid, Path folder, BackupKind kind) {
}
