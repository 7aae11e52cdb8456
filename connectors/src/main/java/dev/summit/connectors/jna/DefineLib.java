package dev.summit.connectors.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** virDomainDefineXMLFlags, which libvirt-java 0.5.4 does not bind (it has no VALIDATE). */
interface DefineLib extends Library {
    DefineLib LIB = Native.load("virt", DefineLib.class);

    /** VIR_DOMAIN_DEFINE_VALIDATE: check the XML against libvirt's schema before defining. */
    int VALIDATE = 1;

    /** A new domain reference the caller frees, or null. */
    Pointer virDomainDefineXMLFlags(Pointer conn, String xml, int flags);

    int virDomainFree(Pointer domain);
}
