package dev.summit.connectors.backup;

import java.nio.file.Path;

/**
 * Restore the backup in {@code backup} (one backup's own folder) on host {@code uri}: as a new
 * guest {@code newName} with its disks in {@code pool}, or, with {@code newName} null, in place onto
 * the guest it was taken of, which must be shut off.
 */
public record RestoreRequest(String uri, Path backup, String newName, String pool) {
    public boolean inPlace() {
        return newName == null;
    }
}
