package dev.summit.connectors.jna;

import com.sun.jna.Pointer;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * Defines a domain with libvirt's schema check on, so XML a user edited that does not validate is
 * refused with libvirt's reason and nothing is defined.
 */
public final class ValidatedDefine {
    private ValidatedDefine() {
    }

    /** Call on the thread that owns {@code conn}; {@code conn} must be a {@link StatsConnect}. */
    public static void define(Connect conn, String xml) throws LibvirtException {
        if (!(conn instanceof StatsConnect raw)) {
            // Test doubles and plain connections: libvirt's own define, without the schema check.
            conn.domainDefineXML(xml);
            return;
        }
        Pointer domain = DefineLib.LIB.virDomainDefineXMLFlags(raw.pointer(), xml, DefineLib.VALIDATE);
        if (domain == null) {
            throw NativeErrors.lastError("virDomainDefineXMLFlags");
        }
        DefineLib.LIB.virDomainFree(domain);
    }
}
