package dev.summit.connectors.jna;

import com.sun.jna.Pointer;

/** A connection whose raw {@code virConnectPtr} our own bindings can use: libvirt-java's (StatsConnect) or ours (NativeHost). */
public interface NativeHandle {
    /** The native handle, or {@code null} once the connection is closed. */
    Pointer pointer();
}
