package dev.summit.app.storage;

/**
 * One install image in the ISO library.
 *
 * @param where  "pool default" for a volume on the host, or the folder on this machine
 * @param onHost a pool volume on the host (no upload needed), else a file on this machine
 */
public record LibraryIso(String name, String where, String path, long bytes, boolean onHost) {
}
