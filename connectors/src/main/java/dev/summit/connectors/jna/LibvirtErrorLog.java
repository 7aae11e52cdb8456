package dev.summit.connectors.jna;

import com.sun.jna.Pointer;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.jna.Libvirt;
import org.libvirt.jna.virError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops libvirt printing every error to stderr (its default): errors reach the user through our
 * exceptions in plain words, and the raw text goes to the debug log. The CLI's stderr stays one line.
 */
public final class LibvirtErrorLog {
    private static final Logger LOG = LoggerFactory.getLogger("libvirt");
    /** Held for the life of the process: JNA would otherwise let the native callback be collected. */
    private static final Libvirt.VirErrorCallback TO_DEBUG_LOG = (Pointer userData, virError error) ->
            LOG.debug("{}", error == null ? "(no detail)" : error.message);

    private LibvirtErrorLog() {
    }

    public static void install() throws LibvirtException {
        Connect.setErrorCallback(TO_DEBUG_LOG);
    }
}
