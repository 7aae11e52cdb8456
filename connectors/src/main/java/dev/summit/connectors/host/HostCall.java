package dev.summit.connectors.host;

import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/** Work done on a host's worker thread with its live connection. Only connectors code writes these. */
@FunctionalInterface
public interface HostCall<T> {
    T call(Connect conn) throws LibvirtException;
}
