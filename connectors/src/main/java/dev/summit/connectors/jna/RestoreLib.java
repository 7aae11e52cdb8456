package dev.summit.connectors.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** virDomainRestoreFlags, which libvirt-java 0.5.4 binds only without the XML and flags. */
interface RestoreLib extends Library {
    RestoreLib LIB = Native.load("virt", RestoreLib.class);

    /** VIR_DOMAIN_SAVE_RUNNING and VIR_DOMAIN_SAVE_PAUSED: the state to restore into. */
    int RUNNING = 2;
    int PAUSED = 4;

    int virDomainRestoreFlags(Pointer conn, String from, String dxml, int flags);
}
