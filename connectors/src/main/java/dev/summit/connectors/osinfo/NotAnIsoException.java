package dev.summit.connectors.osinfo;

import java.io.IOException;
import java.nio.file.Path;

/** The file has no ISO-9660 primary volume descriptor: it is not an install disc. */
public final class NotAnIsoException extends IOException {
    public NotAnIsoException(Path file) {
        super(file + " is not an ISO image (no ISO-9660 volume descriptor)");
    }
}
